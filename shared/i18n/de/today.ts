import type { Catalog } from '../catalog';
import type en from '../en/today';

/** German texts of the "today" namespace (the same keys as English; see ../catalog.ts). */
export default {} satisfies Catalog<typeof en>;
