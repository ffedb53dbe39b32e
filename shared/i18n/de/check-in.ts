import type { Catalog } from '../catalog';
import type en from '../en/check-in';

/** German texts of the "checkIn" namespace (the same keys as English; see ../catalog.ts). */
export default {} satisfies Catalog<typeof en>;
