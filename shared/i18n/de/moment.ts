import type { Catalog } from '../catalog';
import type en from '../en/moment';

/** German texts of the "moment" namespace (the same keys as English; see ../catalog.ts). */
export default {} satisfies Catalog<typeof en>;
