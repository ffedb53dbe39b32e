import type { Catalog } from '../catalog';
import type en from '../en/common';

/** German texts shared by many screens (the same keys as English; see ../catalog.ts). */
export default {
  actions: {
    save: 'Speichern',
    cancel: 'Abbrechen',
    close: 'Schließen',
    delete: 'Löschen',
    undo: 'Rückgängig',
    back: 'Zurück',
    retry: 'Erneut versuchen',
    done: 'Fertig',
  },
  status: {
    loading: 'Wird geladen …',
    saving: 'Wird gespeichert …',
  },
} satisfies Catalog<typeof en>;
