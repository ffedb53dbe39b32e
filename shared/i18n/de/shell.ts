import type { Catalog } from '../catalog';
import type en from '../en/shell';

/** German texts of the "shell" namespace (the same keys as English; see ../catalog.ts). */
export default {} satisfies Catalog<typeof en>;
