/** English texts of the "onboarding" namespace: the first-run welcome and the own-address confirmation. */
export default {
  settingsLoadFailed: 'Your settings could not be loaded: {{error}} Reopen this window to try again.',
  welcome: {
    title: 'Welcome to Touchpoint',
    lead: 'Touchpoint is a quiet coach for the small moments that build trust at work — or wear it down. It sits in the tray, knows your meetings, and asks for forty seconds at the right time.',
    before: 'Before a meeting',
    beforeText: 'A small card near the tray, shown without taking your keyboard: how do you want to show up?',
    after: 'After it',
    afterText: 'Did it help or harm trust? There is no neutral. Note what you did and who was there.',
    endOfDay: 'At the end of the day',
    endOfDayText: 'A three-minute look back, and one intention for tomorrow.',
    privacy: '<strong>Private by design.</strong> Everything stays on this computer: no account, no cloud, no analytics. Touchpoint goes online only to read the calendars you connect.',
  },
  intro: {
    title: 'Connect your calendar',
    text: 'So check-ins arrive around your real meetings. Touchpoint only reads it — nothing is written back.',
    connect: 'Connect a calendar…',
    skip: 'Skip for now',
    signIn: 'Or sign in to your work calendar directly (useful when your company switches calendar links off):',
  },
  connect: {
    title: 'Connect a calendar',
    loading: 'Getting the form ready…',
    finish: 'Finish setup',
    skip: 'Skip setup',
  },
  done: {
    title: 'You’re set up',
    calendars: 'Connected calendars',
    connected: '<strong>{{name}}</strong> is connected.',
    workingTime: 'Check-ins come during your working time ({{time}}). Working time, quiet hours and the review time can be changed any time in Settings.',
    workingTimeUnknown: 'Check-ins come during your working time. Working time, quiet hours and the review time can be changed any time in Settings.',
    goToToday: 'Go to Today',
    addAnother: 'Add another calendar',
  },
  /** "Is this you?": the user's own addresses, as the calendars suggest them. */
  addresses: {
    legend: 'Is this you?',
    hint: 'Touchpoint uses your addresses to leave out meetings you declined and never to list you as someone you met.',
    hintNone: 'Touchpoint could not tell your address from this calendar. Add the one your invitations go to, so meetings you declined get no card and you are never listed as someone you met.',
    mine: '<strong>{{email}}</strong> is my address',
    another: 'Another address of yours',
    placeholder: 'you@example.com',
    add: 'Add address',
    invalid: 'That doesn’t look like an email address.',
    duplicate: '{{email}} is already in the list.',
  },
} as const;
