import type { Catalog } from '../catalog';
import type en from '../en/insights';

/** German texts of the "insights" namespace (the same keys as English; see ../catalog.ts). */
export default {} satisfies Catalog<typeof en>;
