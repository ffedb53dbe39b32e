import type { Catalog } from '../catalog';
import type en from '../en/desktop';
import notices from './desktop-notices';

/** German texts of the "desktop" namespace (the same keys as English; see ../catalog.ts). */
export default {
  tray: {
    locked: {
      tooltip: 'Touchpoint\nGesperrt',
      info: 'Touchpoint ist gesperrt',
      unlock: 'Entsperren…',
    },
    appName: 'Touchpoint',
    next: 'Als Nächstes: {{title}} · {{time}}',
    noMoreMeetings: 'Heute keine Meetings mehr',
    pausedIndefinitely: 'Check-ins pausiert, bis du sie fortsetzt',
    pausedUntil: 'Check-ins pausiert bis {{time}}',
    waiting: 'Ein Check-in wartet',
    showCheckIn: 'Wartenden Check-in zeigen',
    logMoment: 'Moment festhalten…',
    startReview: 'Tagesrückblick starten',
    lookBack: 'Wochenrückblick öffnen',
    resume: 'Check-ins fortsetzen',
    pause: 'Check-ins pausieren',
    pauses: {
      '30-minutes': 'Für 30 Minuten',
      '1-hour': 'Für 1 Stunde',
      '2-hours': 'Für 2 Stunden',
      'until-tomorrow': 'Bis morgen',
      'until-resumed': 'Bis ich sie fortsetze',
    },
    open: 'Touchpoint öffnen',
    settings: 'Einstellungen',
    quit: 'Touchpoint beenden',
  },
  notifications: {
    checkIn: { title: 'Touchpoint: ein 40-Sekunden-Check-in', body: 'Klicke, um ihn zu beantworten, wann immer du so weit bist.' },
    log: { title: 'Touchpoint', body: 'Klicke, um einen Moment festzuhalten.' },
  },
  dialogs: {
    fatalTitle: 'Touchpoint konnte nicht starten',
    unsavedAtQuit: {
      title: 'Einige deiner Änderungen sind noch nicht gespeichert',
      detail:
        'Die Festplatte ist voll oder nicht beschreibbar, deshalb hält Touchpoint sie im Arbeitsspeicher. Wenn du jetzt beendest, gehen sie verloren. Lass Touchpoint offen und schaffe etwas Platz, dann speichert es sie von selbst.',
      keep: 'Touchpoint offen lassen',
      quit: 'Beenden und verwerfen',
    },
  },
  coach: {
    testMeeting: 'Beispiel: 1:1 mit einem Teammitglied',
    meeting: 'Meeting',
    between: '{{previous}} → {{next}}',
    nextMeeting: 'Meeting',
    review: 'Tagesrückblick',
  },
  backups: {
    daily: 'Tägliche Sicherung',
    manual: 'Von dir erstellt',
    'pre-migration': 'Bevor Touchpoint sein Datenformat aktualisiert hat',
    'pre-restore': 'Deine Daten kurz vor einer Wiederherstellung',
  },
  export: {
    title: 'Touchpoint-Reflexionsprotokoll',
    exported: 'Exportiert am {{day}}. Privat: Teile es nur, wenn du es möchtest.',
    moment: {
      own: { helped: 'gestärkt', harmed: 'geschadet' },
      witnessed: { helped: 'Beobachtet, gestärkt', harmed: 'Beobachtet, geschadet' },
      withPeople: '{{outcome}} mit {{people}}',
      inMeeting: '{{text}} ({{meeting}})',
    },
    intention: 'Vorsatz: {{intention}}',
    intentionKept: 'Vorsatz: {{intention}} ({{kept}})',
    kept: { yes: 'eingehalten', partly: 'teilweise', no: 'nicht eingehalten' },
    intentionFor: 'Vorsatz für {{meeting}}: {{intention}}',
    review: '**Tagesrückblick**',
    reviewMood: '**Tagesrückblick** (Stimmung {{mood}}/5)',
    tomorrow: 'Morgen: {{intention}}',
    followUp: 'Follow-up ({{status}}): {{text}}',
    repair: 'Wiedergutmachung ({{status}}): {{text}}',
    status: { open: 'offen', done: 'erledigt', dropped: 'verworfen' },
    withPerson: '{{line}} — {{person}}',
    note: 'Notiz: {{text}}',
  },
  notices,
} satisfies Catalog<typeof en>;
