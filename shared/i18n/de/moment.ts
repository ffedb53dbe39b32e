import type { Catalog } from '../catalog';
import type en from '../en/moment';

/** German texts of the "moment" namespace (the same keys as English; see ../catalog.ts). */
export default {
  form: {
    kindLegend: 'Wessen Moment ist es?',
    own: 'Mein Moment',
    witnessed: 'Etwas Beobachtetes',
    valenceOwn: 'Hat dieser Moment Vertrauen gestärkt oder geschadet?',
    valenceWitnessed: 'Hat das Beobachtete Vertrauen gestärkt oder geschadet?',
    whatHappened: 'Was ist passiert?',
    withWhom: 'Mit wem?',
    whoWasInvolved: 'Wer war beteiligt?',
    peopleHint: 'Drück nach jedem Namen Enter oder Komma.',
    note: 'Notiz <muted>(optional)</muted>',
    notePlaceholder: 'Was ist passiert, in einer Zeile',
    charactersLeft_one: 'Noch {{count, number}} Zeichen',
    charactersLeft_other: 'Noch {{count, number}} Zeichen',
    chooseValence: 'Wähl, ob dieser Moment Vertrauen gestärkt oder geschadet hat.',
  },
  keys: {
    esc: 'Esc',
    ctrlZ: 'Strg Z',
  },
  valence: {
    helped: 'Gestärkt',
    harmed: 'Geschadet',
    helpedHint: 'Vertrauen aufgebaut',
    harmedHint: 'Vertrauen gekostet',
  },
  tags: {
    list: 'Verhalten',
    builders: 'Stärkt',
    damagers: 'Schadet',
    chooseValenceFirst: 'Wähl „Gestärkt“ oder „Geschadet“, dann, was du getan hast.',
    somethingHarmed: 'Hat auch etwas geschadet?',
    somethingHelped: 'Hat auch etwas gestärkt?',
  },
  people: {
    remove: '{{name}} entfernen',
    addAnother: 'Weitere Person',
    typeName: 'Namen eingeben, dann Enter',
  },
  popup: {
    title: 'Moment festhalten',
    savedSealed: 'Gespeichert, versiegelt bis zum Entsperren',
    savedSealedDetail: 'Er kommt in dein Protokoll, sobald du Touchpoint das nächste Mal entsperrst.',
    saved: 'In deinem Protokoll gespeichert',
    savedDetail: 'Kleine Momente summieren sich.',
    viewName: '„Moment festhalten“',
  },
  confirmation: {
    undo: 'Rückgängig',
    undoFailed: 'Rückgängig machen ging nicht: {{reason}}',
    takenBack: 'Zurückgenommen',
    nothingAdded: 'In deinem Protokoll wurde nichts hinzugefügt.',
  },
} satisfies Catalog<typeof en>;
