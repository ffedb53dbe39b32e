import type { Catalog } from '../catalog';
import type en from '../en/desktop';

/** German texts of the "desktop" namespace (the same keys as English; see ../catalog.ts). */
export default {} satisfies Catalog<typeof en>;
