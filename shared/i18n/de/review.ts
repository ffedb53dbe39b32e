import type { Catalog } from '../catalog';
import type en from '../en/review';

/** German texts of the "review" namespace (the same keys as English; see ../catalog.ts). */
export default {} satisfies Catalog<typeof en>;
