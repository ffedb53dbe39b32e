import type { Catalog } from '../catalog';
import type en from '../en/onboarding';

/** German texts of the "onboarding" namespace (the same keys as English; see ../catalog.ts). */
export default {
  settingsLoadFailed: 'Deine Einstellungen konnten nicht geladen werden: {{error}} Öffne dieses Fenster erneut, um es noch einmal zu versuchen.',
  welcome: {
    title: 'Willkommen bei Touchpoint',
    lead: 'Touchpoint ist ein leiser Coach für die kleinen Momente, die bei der Arbeit Vertrauen aufbauen – oder es untergraben. Es sitzt im Infobereich, kennt deine Meetings und bittet im richtigen Moment um vierzig Sekunden.',
    before: 'Vor einem Meeting',
    beforeText: 'Eine kleine Karte beim Infobereich, die dir nicht die Tastatur wegnimmt: Wie willst du auftreten?',
    after: 'Danach',
    afterText: 'Hat es Vertrauen gestärkt oder geschadet? Neutral gibt es nicht. Notiere, was du getan hast und wer dabei war.',
    endOfDay: 'Am Ende des Tages',
    endOfDayText: 'Ein Rückblick von drei Minuten und ein Vorsatz für morgen.',
    privacy: '<strong>Privat von Grund auf.</strong> Alles bleibt auf diesem Computer: kein Konto, keine Cloud, keine Analyse. Touchpoint geht nur online, um die Kalender zu lesen, die du verbindest.',
  },
  intro: {
    title: 'Verbinde deinen Kalender',
    text: 'Damit Check-ins rund um deine echten Meetings kommen. Touchpoint liest ihn nur – es wird nichts zurückgeschrieben.',
    connect: 'Kalender verbinden …',
    skip: 'Vorerst überspringen',
    signIn: 'Oder melde dich direkt bei deinem Arbeitskalender an (praktisch, wenn deine Firma Kalender-Links abschaltet):',
  },
  connect: {
    title: 'Kalender verbinden',
    loading: 'Formular wird vorbereitet …',
    finish: 'Einrichtung abschließen',
    skip: 'Einrichtung überspringen',
  },
  done: {
    title: 'Alles eingerichtet',
    calendars: 'Verbundene Kalender',
    connected: '<strong>{{name}}</strong> ist verbunden.',
    workingTime: 'Check-ins kommen während deiner Arbeitszeit ({{time}}). Arbeitszeit, Ruhezeiten und die Uhrzeit des Tagesrückblicks kannst du jederzeit in den Einstellungen ändern.',
    workingTimeUnknown: 'Check-ins kommen während deiner Arbeitszeit. Arbeitszeit, Ruhezeiten und die Uhrzeit des Tagesrückblicks kannst du jederzeit in den Einstellungen ändern.',
    goToToday: 'Weiter zu „Heute“',
    addAnother: 'Weiteren Kalender hinzufügen',
  },
  addresses: {
    legend: 'Bist du das?',
    hint: 'Touchpoint nutzt deine Adressen, um Meetings auszulassen, die du abgesagt hast, und dich nie als jemanden aufzuführen, den du getroffen hast.',
    hintNone: 'Touchpoint konnte deine Adresse in diesem Kalender nicht erkennen. Füge die Adresse hinzu, an die deine Einladungen gehen: Dann bekommen abgesagte Meetings keine Karte, und du wirst nie als jemand aufgeführt, den du getroffen hast.',
    mine: '<strong>{{email}}</strong> ist meine Adresse',
    another: 'Eine weitere Adresse von dir',
    placeholder: 'du@beispiel.de',
    add: 'Adresse hinzufügen',
    invalid: 'Das sieht nicht nach einer E-Mail-Adresse aus.',
    duplicate: '{{email}} steht schon in der Liste.',
  },
} satisfies Catalog<typeof en>;
