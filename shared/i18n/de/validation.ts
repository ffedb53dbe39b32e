import type { Catalog } from '../catalog';
import type en from '../en/validation';

/** German texts of the "validation" namespace (the same keys as English; see ../catalog.ts). */
export default {
  moment: {
    valenceRequired: 'Wähle, ob dieser Moment Vertrauen gestärkt oder ihm geschadet hat.',
    unknownTag: 'Unbekanntes Verhaltens-Tag: {{value}}.',
    nameEmpty: 'Ein Name darf nicht leer sein.',
    nameTooLong: 'Namen dürfen höchstens {{max}} Zeichen lang sein.',
    tooManyPeople: 'Höchstens {{max}} Personen pro Moment.',
    noteTooLong: 'Notizen dürfen höchstens {{max}} Zeichen lang sein.',
  },
  note: {
    empty: 'Schreib zuerst etwas.',
  },
  intention: {
    unknown: 'Wähle einen der vorgeschlagenen Vorsätze oder schreib deinen eigenen.',
    tooShort: 'Schreib ein paar Wörter oder wähle einen Vorschlag.',
  },
  keepUnder: 'Bitte weniger als {{max}} Zeichen.',
  followUp: {
    empty: 'Schreib, worum es beim Follow-up geht.',
  },
  review: {
    answerTooLong: 'Antworten dürfen höchstens {{max}} Zeichen lang sein.',
  },
  coach: {
    timeOfDay: 'Gib eine 24-Stunden-Uhrzeit wie 09:00 ein.',
    workingHoursOrder: 'Die Arbeitszeit muss nach ihrem Beginn enden.',
    quietHoursEmpty: 'Ruhezeiten dürfen nicht zur selben Zeit beginnen und enden.',
    dayTwice: 'Jeder Tag darf nur einmal vorkommen.',
    budgetMin: 'Erlaube mindestens eine Karte pro Tag.',
    budgetMax: 'Höchstens {{max}} Karten pro Tag.',
  },
  settings: {
    shortcut: 'Nutze eine Sondertaste und eine Taste, zum Beispiel Strg+Umschalt+L.',
  },
  timeZone: {
    unknown: 'Keine bekannte Zeitzone.',
  },
  calendar: {
    colour: 'Eine Farbe wie #4f7df3',
    fileTooBig: 'Diese Datei ist zu groß zum Importieren (über 32 MB).',
  },
  vault: {
    passphraseTooShort: 'Verwende mindestens {{min}} Zeichen; ein paar ungewöhnliche Wörter eignen sich gut.',
    passphraseTooLong: 'Diese Passphrase ist zu lang.',
  },
  contract: {
    clientIdEmpty: 'Füge die Client-ID ein.',
    clientIdChars: 'Eine Client-ID enthält keine Leer- oder Sonderzeichen.',
    exportTooBig: 'Diese Datei ist zu groß für einen Touchpoint-Export (über 200 MB).',
    calendarName: 'Gib dem Kalender einen Namen.',
    backupEmpty: 'Wähle eine Sicherung.',
    backupName: 'Das ist nicht der Name einer Sicherung.',
    deleteAllConfirm: 'Tippe {{word}} zur Bestätigung.',
    passphraseEmpty: 'Gib deine Passphrase ein.',
    vaultUnderstood: 'Bitte bestätige, dass dir klar ist: Eine vergessene Passphrase lässt sich nicht wiederherstellen.',
  },
} satisfies Catalog<typeof en>;
