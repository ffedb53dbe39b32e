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
    dismiss: 'Ausblenden',
    add: 'Hinzufügen',
  },
  /** Behaviour tags by their stored id (shared/domain/tags.ts): `t(`common:tags.${id}`)`. */
  tags: {
    'authenticity': 'Authentizität',
    'empathy': 'Empathie',
    'warmth': 'Wärme',
    'eye-contact': 'Blickkontakt',
    'listened': 'Zugehört',
    'recognised': 'Anerkannt / gedankt',
    'humour': 'Humor',
    'followed-up': 'Nachgehakt',
    'judgement': 'Urteilen',
    'blame': 'Schuldzuweisung',
    'interrupting': 'Unterbrechen',
    'sarcasm': 'Sarkasmus',
    'eye-rolling': 'Augenrollen / verschränkte Arme',
    'scoffing': 'Spott',
    'distracted': 'Abgelenkt / am Handy',
    'rushed': 'In Eile',
    'indifference': 'Gleichgültigkeit',
  },
  /** The window's own errors, when the main process cannot answer at all. */
  errors: {
    unreachable: 'Touchpoint konnte seine Daten nicht erreichen. Bitte versuche es noch einmal.',
    generic: 'Etwas ist schiefgelaufen.',
  },
  status: {
    loading: 'Wird geladen …',
    saving: 'Wird gespeichert …',
  },
  listEditor: {
    empty: 'Gib zuerst etwas ein.',
    duplicate: '„{{value}}“ steht schon in der Liste.',
    remove: '{{item}} entfernen',
  },
  keys: {
    save: 'Strg Enter',
    saveMac: '⌘ Enter',
    // As German keyboards label them.
    modifiers: {
      ctrl: 'Strg',
      shift: 'Umschalt',
      alt: 'Alt',
      altGr: 'Alt Gr',
      super: 'Super',
    },
  },
} satisfies Catalog<typeof en>;
