import type { Catalog } from '../catalog';
import type en from '../en/science';

/** German texts of the "science" namespace (the same keys as English; see ../catalog.ts). */
export default {} satisfies Catalog<typeof en>;
