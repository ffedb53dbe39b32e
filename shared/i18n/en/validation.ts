/**
 * English texts of the "validation" namespace: the field messages of the domain's zod schemas.
 * A schema writes `validationKey('moment.nameTooLong', { max })` as its message; the field text
 * is read from here where an error reaches the user (issueText in shared/domain/validation.ts).
 */
export default {
  moment: {
    valenceRequired: 'Choose whether this moment helped or harmed trust.',
    unknownTag: 'Unknown behaviour tag: {{value}}.',
    nameEmpty: 'A name cannot be empty.',
    nameTooLong: 'Names are limited to {{max}} characters.',
    tooManyPeople: 'At most {{max}} people per moment.',
    noteTooLong: 'Notes are limited to {{max}} characters.',
  },
  note: {
    empty: 'Write something first.',
  },
  intention: {
    unknown: 'Pick one of the suggested intentions or write your own.',
    tooShort: 'Write a few words, or pick a suggestion.',
  },
  /** Shared by intentions and follow-ups. */
  keepUnder: 'Keep it under {{max}} characters.',
  followUp: {
    empty: 'Say what to follow up on.',
  },
  review: {
    answerTooLong: 'Answers are limited to {{max}} characters.',
  },
  coach: {
    timeOfDay: 'Use a 24-hour time such as 09:00.',
    workingHoursOrder: 'Working hours must end after they start.',
    quietHoursEmpty: 'Quiet hours must not start and end at the same time.',
    dayTwice: 'Each day may appear once.',
    budgetMin: 'Allow at least one card a day.',
    budgetMax: 'At most {{max}} cards a day.',
  },
  settings: {
    shortcut: 'Use a modifier and a key, for example Ctrl+Shift+L.',
  },
  timeZone: {
    unknown: 'Not a known time zone.',
  },
  calendar: {
    colour: 'A colour like #4f7df3',
    fileTooBig: 'This file is too big to import (over 32 MB).',
  },
  vault: {
    passphraseTooShort: 'Use at least {{min}} characters; a few unusual words work well.',
    passphraseTooLong: 'That passphrase is too long.',
  },
  /** Commands' own fields (shared/contract). */
  contract: {
    clientIdEmpty: 'Paste the client id.',
    clientIdChars: 'A client id has no spaces or special characters.',
    exportTooBig: 'This file is too big to be a Touchpoint export (over 200 MB).',
    calendarName: 'Give the calendar a name.',
    backupEmpty: 'Choose a backup.',
    backupName: 'That is not the name of a backup.',
    deleteAllConfirm: 'Type {{word}} to confirm.',
    passphraseEmpty: 'Enter your passphrase.',
    vaultUnderstood: 'Please confirm you understand that a forgotten passphrase cannot be recovered.',
  },
} as const;
