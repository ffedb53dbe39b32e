import type { Catalog } from '../catalog';
import type en from '../en/settings-calendars';

/** German texts of the "settingsCalendars" namespace (the same keys as English; see ../catalog.ts). */
export default {} satisfies Catalog<typeof en>;
