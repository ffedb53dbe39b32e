import type { Catalog } from '../catalog';
import type en from '../en/calendar';

/** German texts of the "calendar" namespace (the same keys as English; see ../catalog.ts). */
export default {} satisfies Catalog<typeof en>;
