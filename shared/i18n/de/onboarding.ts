import type { Catalog } from '../catalog';
import type en from '../en/onboarding';

/** German texts of the "onboarding" namespace (the same keys as English; see ../catalog.ts). */
export default {} satisfies Catalog<typeof en>;
