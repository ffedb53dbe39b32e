import type { Catalog } from '../catalog';
import type en from '../en/settings-data';

/** German texts of the "settingsData" namespace (the same keys as English; see ../catalog.ts). */
export default {} satisfies Catalog<typeof en>;
