import type { Catalog } from '../catalog';
import type en from '../en/today';

/** German texts of the "today" namespace (the same keys as English; see ../catalog.ts). */
export default {
  title: 'Heute',
  coach: {
    waiting: 'Ein Check-in wartet beim Symbol im Infobereich.',
    resume: 'Check-ins fortsetzen',
    dayOff: 'Heute keine Check-ins: {{weekday}} ist keiner deiner Arbeitstage (Einstellungen → Check-ins).',
    noneLeft: 'Für heute sind keine Check-ins mehr geplant.',
    pausedIndefinitely: 'Check-ins sind pausiert, bis du sie fortsetzt.',
    pausedUntil: 'Check-ins sind pausiert bis {{when}}.',
    on: 'Check-ins sind aktiv.',
    nextBefore: 'Nächster Check-in: vor „{{title}}“ {{at}}',
    nextAfter: 'Nächster Check-in: nach „{{title}}“ {{at}}',
    nextBetween: 'Nächster Check-in: zwischen Meetings ({{title}}) {{at}}',
    nextReview: 'Nächster Check-in: der Tagesrückblick {{at}}',
    nextOther: 'Nächster Check-in {{at}}',
  },
  when: {
    tomorrow: 'morgen um {{time}}',
    day: '{{day}} um {{time}}',
    atToday: 'um {{time}}',
    atDay: 'am {{day}} um {{time}}',
  },
  loadFailed: 'Die heutigen Meetings konnten nicht geladen werden: {{error}}',
  calendarAdded: '„{{name}}“ wurde hinzugefügt. Die Meetings erscheinen hier, sobald der Kalender synchronisiert ist.',
  noCalendar: {
    title: 'Kein Kalender verbunden',
    text: 'Verbinde den Kalender, den du für die Arbeit nutzt: Dann zeigt Touchpoint deine Meetings hier und plant die Check-ins um sie herum. Es wird nie etwas zurückgeschrieben.',
    connect: 'Kalender verbinden …',
  },
  calendarsOff: {
    title: 'Deine Kalender sind ausgeschaltet',
    text: 'Schalte einen ein, um seine Meetings hier zu sehen und Check-ins dazu zu bekommen.',
  },
  noMeetings: {
    title: 'Heute keine Meetings',
    text: 'Heute braucht nichts in deinen Kalendern einen Check-in, also bleibt Touchpoint still. Ein wichtiges Gespräch auf dem Flur? Erfasse es über den Infobereich als Moment.',
  },
  settingsCalendars: 'Einstellungen → Kalender',
  summary: {
    meetings_one: '{{count, number}} Meeting heute',
    meetings_other: '{{count, number}} Meetings heute',
    toGo_one: 'noch {{count, number}}',
    toGo_other: 'noch {{count, number}}',
    allDone: 'alle erledigt',
  },
  meetings: {
    label: 'Heutige Meetings',
    untitled: 'Meeting ohne Titel',
    calendar: 'Kalender',
    phase: {
      past: 'Vorbei',
      now: 'Jetzt',
      next: 'Als Nächstes',
    },
    with: 'mit {{names}}',
    withMore_one: 'mit {{names}} und {{count, number}} weiteren Person',
    withMore_other: 'mit {{names}} und {{count, number}} weiteren',
  },
  link: {
    text: 'Link zum Meeting: <address>{{address}}</address>',
    join: 'Teilnehmen',
    joinTitled: 'Im Browser an „{{title}}“ teilnehmen',
    joinUntitled: 'Im Browser am Meeting teilnehmen',
    failed: 'Touchpoint konnte den Meeting-Link nicht öffnen.',
  },
  allDay: {
    title: 'Ganztägig',
    untitled: 'Termin ohne Titel',
  },
  problems: {
    check: 'In den Einstellungen prüfen',
    syncing: 'wird synchronisiert …',
    notSynced: 'noch nicht synchronisiert – die Meetings erscheinen nach der ersten Synchronisierung.',
  },
} satisfies Catalog<typeof en>;
