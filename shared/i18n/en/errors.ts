/** English texts of the "errors" namespace: the messages of the errors the main process sends to the windows. */
export default {
  internal: 'Something went wrong inside Touchpoint. Nothing you saved before was affected; please try again.',
  notStarted: 'Touchpoint could not start, so this cannot be done.',
  forbiddenWindow: 'This window is not allowed to use Touchpoint.',
  noBrowser: 'This copy of Touchpoint can’t open a browser.',
  /** Why writing failed, to end a sentence ("…could not be made: the disk is full."). */
  write: {
    full: 'the disk is full.',
    unreadable: 'the file could not be read first, so Touchpoint does not overwrite it.',
    denied: 'Touchpoint is not allowed to write to its data folder.',
    io: 'the disk reported an error.',
    other: 'its data folder could not be written.',
  },
  /** Why reading failed, to end a sentence ("…could not be read: the disk reported a read error."). */
  read: {
    denied: 'Touchpoint is not allowed to read it.',
    io: 'the disk reported a read error.',
    tooManyFiles: 'too many files are open.',
    other: 'the file could not be read ({{reason}}).',
  },
  newerData:
    'This data was written by a newer version of Touchpoint (data version {{found}}; this version reads up to {{supported}}). Please update Touchpoint. Your data has not been changed.',
  lock: {
    locked: 'Touchpoint is locked. Unlock it with your passphrase to open your log.',
    notOn: 'The passphrase lock is not on.',
    alreadyOn: 'The passphrase lock is already on.',
    wrongPassphrase: 'That passphrase is not right. Capitals and spaces count.',
    wrongToFinish: 'Use the passphrase you chose when you turned the lock on.',
    wrongCurrent: 'Your current passphrase is not right.',
    unsavedLock:
      'Some of your latest changes are not saved to disk yet, and locking now would lose them, so Touchpoint stays open. It keeps trying to save them; lock it again once the message about them goes away.',
    unsavedTurningOn:
      'Some of your latest changes are not saved to disk yet, and turning the lock on now would lose them. Nothing was changed; Touchpoint keeps trying to save them. Try again once the message about them goes away.',
    unsavedTurningOff:
      'Some of your latest changes are not saved to disk yet, and turning the lock off now would lose them. Nothing was changed; Touchpoint keeps trying to save them. Try again once the message about them goes away.',
    turnOnFailed: 'The lock could not be turned on: {{problem}} Nothing was changed.',
    turnOffFailed: 'The lock could not be turned off: {{problem}} Nothing was changed.',
    /** A lock operation the file system interrupted (nothing is lost: every lock change is journaled). */
    unfinished: {
      opening: 'Opening your data could not be finished: {{problem}} Nothing is lost; please try again.',
      locking: 'Locking could not be finished: {{problem}} Nothing is lost; please try again.',
      unlocking: 'Unlocking could not be finished: {{problem}} Nothing is lost; please try again.',
      turningOn: 'Turning the lock on could not be finished: {{problem}} Nothing is lost; please try again.',
      turningOff: 'Turning the lock off could not be finished: {{problem}} Nothing is lost; please try again.',
      changingPassphrase: 'Changing the passphrase could not be finished: {{problem}} Nothing is lost; please try again.',
    },
  },
  backup: {
    makeFailed: 'The backup could not be made: {{problem}}',
    readFailed: 'The backup could not be read: {{problem}} Nothing was changed.',
    notRestorable: 'This backup can’t be restored: {{problem}} Nothing was changed.',
    gone: 'This backup is no longer there, or its list of files is damaged.',
    unsaved:
      'Some of your latest changes are not saved to disk yet, and a restore would lose them. Nothing was changed; try again once they are saved.',
    notHere: 'Restoring and deleting data are not available here.',
    safetyFailed: 'A copy of your current data could not be made first, so nothing was changed: {{problem}}',
    putBack: 'The backup was put in place but could not be opened, so your data was put back as it was. Nothing was lost.',
    notOpened:
      'The backup could not be opened. Your data from before is kept in the backup of {{safety}}; please quit Touchpoint, start it again and restore that one.',
    restoreFailed: 'The restore could not be finished: {{problem}} Your data from before is kept in the backup of {{safety}}.',
    deletedNotRestarted: 'Your data was deleted, but Touchpoint could not start over. Please quit Touchpoint and start it again.',
    deleteFailed: 'Not everything could be deleted: {{problem}} Whatever is left is deleted the next time Touchpoint starts.',
  },
  /** Why a backup cannot be restored, to end a sentence ("This backup can’t be restored: …"). */
  backupCheck: {
    listDamaged: 'its list of files is damaged.',
    fileMissing: 'the file {{path}} is missing or damaged (it no longer matches the checksum taken when the backup was made).',
    metaDamaged: 'its data version file is damaged.',
    fileUnreadable: 'the file {{path}} cannot be read (it is damaged, or was written with a different passphrase).',
    newer: 'it was made by a newer version of Touchpoint (data version {{found}}; this version reads up to {{supported}}). Update Touchpoint to restore it.',
    notUpgradable: 'its data could not be upgraded to this version’s format.',
    unknownEntries: 'the file {{path}} has entries this version of Touchpoint cannot read.',
  },
  transfer: {
    notJson: 'This file is not a Touchpoint export: it is not valid JSON.',
    newerExport: 'This export was made by a newer version of Touchpoint. Please update Touchpoint first.',
    notExport: 'This file is not a Touchpoint export.',
    importNotStarted: 'The import could not be started: {{problem}} Nothing was imported.',
    importNotFinished: 'The import could not be finished now: {{problem}} Touchpoint finishes it the next time it starts.',
    exportUnreadable:
      'Part of your history could not be read ({{files}}), so an export now would be missing its entries. Nothing was exported. Once the file can be read again, start Touchpoint again and try once more.',
    importUnreadable:
      'Part of your history could not be read ({{files}}), so an import now could not tell what you already have. Nothing was imported. Once the file can be read again, start Touchpoint again and try once more.',
  },
  coach: {
    noAnswerToUndo: 'There is no recent answer to take back. You can edit or delete it in your reflection log.',
    tooLateToUndo: 'It is too late to undo this check-in. You can edit or delete it in your reflection log.',
    otherCardOpen: 'Another check-in is open now, so this one cannot come back. You can edit or delete it in your reflection log.',
    reviewInMain: 'The review is answered in the main window.',
    intentionRequired: 'Pick an intention or write your own line.',
    valenceRequired: 'Choose whether the meeting helped or harmed trust.',
    cardClosed: 'That check-in is no longer open. You can still add it from the day’s review.',
  },
  entries: {
    checkInGone: 'That check-in no longer exists.',
    checkInExists: 'That check-in is already in your log.',
    reviewGone: 'That review no longer exists.',
    reviewExists: 'That review is already in your log.',
    reviewForDay: 'There is already a review for that day.',
    noteGone: 'That note no longer exists.',
    noteExists: 'That note is already in your log.',
    momentGone: 'That moment no longer exists. It may have been deleted in another window.',
    momentExists: 'That moment is already in your log.',
    followUpGone: 'That follow-up no longer exists.',
    followUpExists: 'That follow-up is already there.',
    meetingGone: 'That meeting is no longer in your calendar for that day.',
    calendarGone: 'That calendar is no longer connected.',
  },
  meetingLink: {
    notWebAddress: 'This meeting link isn’t a web address Touchpoint can open.',
    refused: 'Touchpoint opens only https links to Google Meet, Zoom, Microsoft Teams and Webex. Copy this link into your browser if you trust it.',
  },
} as const;
