import type { Catalog } from '../catalog';
import type en from '../en/coach';

/** German texts of the "coach" namespace (the same keys as English; see ../catalog.ts). */
export default {} satisfies Catalog<typeof en>;
