import type { Catalog } from '../catalog';
import type en from '../en/validation';

/** German texts of the "validation" namespace (the same keys as English; see ../catalog.ts). */
export default {} satisfies Catalog<typeof en>;
