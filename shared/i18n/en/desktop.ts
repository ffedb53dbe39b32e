import notices from './desktop-notices';

/** English texts of the "desktop" namespace: what the main process shows in the OS (tray, notifications, dialogs) and the notices it posts. */
export default {
  tray: {
    locked: {
      tooltip: 'Touchpoint\nLocked',
      info: 'Touchpoint is locked',
      unlock: 'Unlock…',
    },
    appName: 'Touchpoint',
    next: 'Next: {{title}} · {{time}}',
    noMoreMeetings: 'No more meetings today',
    pausedIndefinitely: 'Check-ins paused until you resume',
    pausedUntil: 'Check-ins paused until {{time}}',
    waiting: 'A check-in is waiting',
    showCheckIn: 'Show the waiting check-in',
    logMoment: 'Log a moment…',
    startReview: 'Start today’s review',
    lookBack: 'Look back on the week',
    resume: 'Resume check-ins',
    pause: 'Pause check-ins',
    pauses: {
      '30-minutes': 'For 30 minutes',
      '1-hour': 'For 1 hour',
      '2-hours': 'For 2 hours',
      'until-tomorrow': 'Until tomorrow',
      'until-resumed': 'Until I resume',
    },
    open: 'Open Touchpoint',
    settings: 'Settings',
    quit: 'Quit Touchpoint',
  },
  notifications: {
    checkIn: { title: 'Touchpoint: a 40-second check-in', body: 'Click to answer it, whenever you are ready.' },
    log: { title: 'Touchpoint', body: 'Click to log a moment.' },
  },
  dialogs: {
    fatalTitle: 'Touchpoint could not start',
    unsavedAtQuit: {
      title: 'Some of your changes are not saved yet',
      detail:
        'The disk is full or cannot be written to, so Touchpoint is keeping them in memory. If you quit now they are lost. Keep Touchpoint open, free some space, and it saves them by itself.',
      keep: 'Keep Touchpoint open',
      quit: 'Quit and lose them',
    },
  },
  coach: {
    testMeeting: 'Example: 1:1 with a teammate',
    meeting: 'Meeting',
    between: '{{previous}} → {{next}}',
    nextMeeting: 'meeting',
    review: 'End-of-day review',
  },
  backups: {
    daily: 'Daily backup',
    manual: 'Made by you',
    'pre-migration': 'Before Touchpoint upgraded its data format',
    'pre-restore': 'Your data just before a restore',
  },
  /** The Markdown export: a readable journal (the CSV export keeps its column values as data). */
  export: {
    title: 'Touchpoint reflection log',
    exported: 'Exported {{day}}. Private: share it only if you choose to.',
    moment: {
      own: { helped: 'helped', harmed: 'harmed' },
      witnessed: { helped: 'Witnessed, helped', harmed: 'Witnessed, harmed' },
      withPeople: '{{outcome}} with {{people}}',
      inMeeting: '{{text}} ({{meeting}})',
    },
    intention: 'Intention: {{intention}}',
    intentionKept: 'Intention: {{intention}} ({{kept}})',
    kept: { yes: 'yes', partly: 'partly', no: 'no' },
    intentionFor: 'Intention for {{meeting}}: {{intention}}',
    review: '**Review**',
    reviewMood: '**Review** (mood {{mood}}/5)',
    tomorrow: 'Tomorrow: {{intention}}',
    followUp: 'Follow-up ({{status}}): {{text}}',
    repair: 'Repair ({{status}}): {{text}}',
    status: { open: 'open', done: 'done', dropped: 'dropped' },
    withPerson: '{{line}} — {{person}}',
    note: 'Note: {{text}}',
  },
  notices,
} as const;
