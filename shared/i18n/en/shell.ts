/** English texts of the "shell" namespace: the main window's frame, its views' names, the lock screen and the error boundary. */
export default {
  brand: 'Touchpoint',
  /** The views in the navigation, by their route (shared/contract MainView). */
  views: {
    today: 'Today',
    review: 'Review',
    week: 'Week look-back',
    log: 'Reflection log',
    insights: 'Insights',
    settings: 'Settings',
    science: 'About the science',
  },
  notices: {
    label: 'Notices',
  },
  /** A view that failed to render; `name` fits "Something in {{name}}" (German: dative after "in"). */
  viewError: {
    title: 'This view could not be shown',
    body: 'Something in {{name}} could not be displayed. Your data is safe: nothing was changed. Try again, or go back and carry on; if it keeps happening, an export of your log (Reflection log → Export) keeps everything while it is looked into.',
    viewName: 'the {{view}} view',
    lockScreenName: 'the lock screen',
    reload: 'Reload',
    openSettings: 'Open Settings',
    goToToday: 'Go to Today',
  },
  unlock: {
    title: 'Touchpoint is locked',
    lead: 'Your log is encrypted on this computer. Enter your passphrase to open it.',
    passphrase: 'Passphrase',
    missing: 'Enter your passphrase.',
    unlock: 'Unlock',
    unlocking: 'Unlocking…',
    queued_one: 'One moment you logged while locked is waiting — it joins your log when you unlock.',
    queued_other: '{{count, number}} moments you logged while locked are waiting — it joins your log when you unlock.',
    forgot: 'Forgot your passphrase?',
    forgotWhy: 'Nobody can open the log without it — not you, not anyone else: that is what keeps it private. Passphrases are often found again: try the one you use for similar things, and check caps lock.',
    forgotLost: 'If it is truly lost, the only way forward is a fresh start: everything in Touchpoint is deleted and you begin with an empty log. Exports you saved elsewhere are not affected.',
    startAgain: 'Start again with an empty log…',
    /** The word to type; the main process is then asked with its own fixed confirmation. */
    eraseWord: 'DELETE',
    eraseConfirm: 'Type {{word}} to erase everything. This cannot be undone.',
    eraseConfirmIn: 'Type {{word}} to erase everything in {{folder}}. This cannot be undone.',
    keep: 'Keep my log',
    erase: 'Erase everything',
  },
} as const;
