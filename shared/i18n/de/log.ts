import type { Catalog } from '../catalog';
import type en from '../en/log';

/** German texts of the "log" namespace (the same keys as English; see ../catalog.ts). */
export default {} satisfies Catalog<typeof en>;
