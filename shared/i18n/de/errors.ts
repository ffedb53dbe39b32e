import type { Catalog } from '../catalog';
import type en from '../en/errors';

/** German texts of the "errors" namespace (the same keys as English; see ../catalog.ts). */
export default {} satisfies Catalog<typeof en>;
