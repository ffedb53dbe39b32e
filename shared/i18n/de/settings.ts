import type { Catalog } from '../catalog';
import type en from '../en/settings';

/** German texts of the "settings" namespace (the same keys as English; see ../catalog.ts). */
export default {} satisfies Catalog<typeof en>;
