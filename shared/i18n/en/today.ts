/** English texts of the "today" namespace. Keys are grouped by screen part; plurals end in _one/_other. */
export default {
  title: 'Today',
  coach: {
    waiting: 'A check-in is waiting near the tray icon.',
    resume: 'Resume check-ins',
    dayOff: 'No check-ins today: {{weekday}} is not one of your working days (Settings → Check-ins).',
    noneLeft: 'No more check-ins planned for today.',
    pausedIndefinitely: 'Check-ins are paused until you resume them.',
    pausedUntil: 'Check-ins are paused until {{when}}.',
    on: 'Check-ins are on.',
    nextBefore: 'Next check-in: before “{{title}}” {{at}}',
    nextAfter: 'Next check-in: after “{{title}}” {{at}}',
    nextBetween: 'Next check-in: between meetings ({{title}}) {{at}}',
    nextReview: 'Next check-in: the end-of-day review {{at}}',
    nextOther: 'Next check-in {{at}}',
  },
  /** When something happens: a clock time today, tomorrow, a weekday within a week, else a date. */
  when: {
    tomorrow: 'tomorrow at {{time}}',
    day: '{{day}} at {{time}}',
    /** The same with a preposition, after a sentence ("… before “1:1 with Sam” at 10:58"). */
    atToday: 'at {{time}}',
    atDay: 'on {{day}} at {{time}}',
  },
  loadFailed: 'Today’s meetings could not be loaded: {{error}}',
  calendarAdded: '“{{name}}” added. Its meetings appear here as soon as it has synced.',
  noCalendar: {
    title: 'No calendar connected',
    text: 'Connect the calendar you use for work, and Touchpoint will list your meetings here and time its check-ins around them. Nothing is ever written back.',
    connect: 'Connect a calendar…',
  },
  calendarsOff: {
    title: 'Your calendars are turned off',
    text: 'Turn one on to see its meetings here and get check-ins around them.',
  },
  noMeetings: {
    title: 'No meetings today',
    text: 'Nothing in your calendars needs a check-in today, so Touchpoint stays quiet. A hallway chat that mattered? Log it as a moment from the tray.',
  },
  settingsCalendars: 'Settings → Calendars',
  summary: {
    meetings_one: '{{count, number}} meeting today',
    meetings_other: '{{count, number}} meetings today',
    toGo_one: '{{count, number}} to go',
    toGo_other: '{{count, number}} to go',
    allDone: 'all done',
  },
  meetings: {
    label: 'Today’s meetings',
    untitled: 'Untitled meeting',
    calendar: 'Calendar',
    phase: {
      past: 'Ended',
      now: 'Now',
      next: 'Next',
    },
    with: 'with {{names}}',
    withMore_one: 'with {{names}} and {{count, number}} more',
    withMore_other: 'with {{names}} and {{count, number}} more',
  },
  link: {
    text: 'Join link: <address>{{address}}</address>',
    join: 'Join',
    joinTitled: 'Join {{title}} in your browser',
    joinUntitled: 'Join the meeting in your browser',
    failed: 'Touchpoint couldn’t open the meeting link.',
  },
  allDay: {
    title: 'All day',
    untitled: 'Untitled event',
  },
  problems: {
    check: 'Check it in Settings',
    syncing: 'syncing…',
    notSynced: 'not synced yet — its meetings appear after the first sync.',
  },
} as const;
