/** English texts of the "coach" namespace: sentences the domain composes (shared/domain), read with the caller's `t`. */
export default {
  /** Why the coach raised no card for a meeting (the review's timeline). */
  heldBack: {
    'muted-series': 'No card: you asked not to be asked about this series.',
    'large-meeting': 'No card: a large meeting gets one card a week.',
    'daily-meeting': 'No card: a daily meeting gets one card a week.',
    budget: 'No card: the day’s card budget was used by meetings that matter more.',
  },
  /** Why a meeting has no check-in: what became of its after card. */
  afterCard: {
    skipped: 'You skipped this card.',
    later: 'You chose to log it later.',
    timedOut: 'Missed: the card got no answer and closed itself.',
    notShown: {
      'not-working-day': 'Missed: no card appeared on a day you do not work.',
      'outside-working-hours': 'Missed: no card appeared outside your working hours.',
      'quiet-hours': 'Missed: no card appeared during your quiet hours.',
      paused: 'Missed: no card appeared while check-ins were paused.',
      'screen-locked': 'Missed: no card appeared while the screen was locked.',
      'do-not-disturb': 'Missed: no card appeared while Do Not Disturb was on.',
      'user-idle': 'Missed: no card appeared while you were away from the computer.',
      'full-screen': 'Missed: no card appeared while an app filled the screen.',
      'screen-shared': 'Missed: no card appeared while your screen was being shared.',
      stale: 'Missed: no card appeared because the computer was asleep or another card was open when it was due.',
    },
  },
  /** Closing the loop on the before card: the last intention with them and the open follow-ups. */
  loop: {
    repair: {
      open: 'Last time you planned a small repair with them — still open.',
      yes: 'Last time you planned a small repair with them — you kept it.',
      partly: 'Last time you planned a small repair with them — you partly kept it.',
      no: 'Last time you planned a small repair with them — you did not keep it.',
      none: 'Last time you planned a small repair with them — not looked back on.',
    },
    /** {{what}}: an intention's phrase (intentionPhrases). */
    meant: {
      yes: 'Last time you meant to {{what}} — you kept it.',
      partly: 'Last time you meant to {{what}} — you partly kept it.',
      no: 'Last time you meant to {{what}} — you did not keep it.',
      none: 'Last time you meant to {{what}} — not looked back on.',
    },
    /** {{text}}: the user's own words. */
    meantOwn: {
      yes: 'Last time you meant to “{{text}}” — you kept it.',
      partly: 'Last time you meant to “{{text}}” — you partly kept it.',
      no: 'Last time you meant to “{{text}}” — you did not keep it.',
      none: 'Last time you meant to “{{text}}” — not looked back on.',
    },
    repairWith: 'Repair with {{person}}, still open',
    repairOpen: 'Repair, still open',
    followUpWith: 'Follow up with {{person}}',
    followUp: 'Follow up',
  },
  /** The suggested intentions, by id (shared/domain/checkin.ts). */
  intentions: {
    'be-present': 'Be present',
    'lead-with-warmth': 'Lead with warmth',
    'listen-first': 'Listen first',
    'recognise-someone': 'Recognise someone',
    'stay-curious': 'Stay curious',
    'repair-something': 'Repair something',
  },
  /** The same, inside "Last time you meant to …". */
  intentionPhrases: {
    'be-present': 'be present',
    'lead-with-warmth': 'lead with warmth',
    'listen-first': 'listen first',
    'recognise-someone': 'recognise someone',
    'stay-curious': 'stay curious',
    'repair-something': 'repair something',
  },
  /** The end-of-day review's questions, by id (shared/domain/review.ts). */
  reviewPrompts: {
    'proudest': 'Which small moment today are you proudest of?',
    'indifference': 'Where did indifference creep in?',
    'unnoticed': 'Who did you not notice today?',
    'weak-ties': 'Did you have a brief, friendly exchange with someone outside your team? How did it feel?',
    'witnessed': 'Did you see rudeness or kindness between others today? What did you do?',
    'repair': 'Is there a moment you would like to repair tomorrow? With whom?',
    'forty-seconds': 'When did forty seconds of real attention make a difference today?',
    'if-then': 'What situation tripped you up today? Write an if-then plan for it.',
  },
  /** Why an address was taken for one of the user's own. */
  ownAddress: {
    reasons: {
      'calendar-name': 'a calendar is named after it',
      account: 'it is the calendar account you signed in with',
      organizer: 'it is on most of the meetings in your calendar',
    },
    /** `reasons` is a list of the reasons above, joined in the locale ("a and b"). */
    found: 'Found because {{reasons}}.',
  },
  workingWeek: {
    days: { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' },
    none: 'no working days',
    everyDay: 'every day',
    range: '{{first}} to {{last}}',
    /** {{list}}: the other days, joined by listSeparator. */
    list: '{{list}} and {{last}}',
    listSeparator: ', ',
    time: '{{days}}, {{start}}–{{end}}',
  },
  /** Calendar colours (shared/domain/calendar-colors.ts), by id. */
  colours: {
    blue: 'Blue',
    terracotta: 'Terracotta',
    green: 'Green',
    violet: 'Violet',
    amber: 'Amber',
    rose: 'Rose',
    sky: 'Sky',
    olive: 'Olive',
    indigo: 'Indigo',
    clay: 'Clay',
    custom: 'Custom colour',
  },
  /** A day heading in the log and the review; {{date}} is the formatted date. */
  day: {
    today: 'Today · {{date}}',
    yesterday: 'Yesterday · {{date}}',
  },
} as const;
