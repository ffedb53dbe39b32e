/**
 * The command and event names as plain lists, so the sandboxed preload can build
 * `window.touchpoint` without bundling zod and the schemas. contract/index.ts checks at
 * compile time that these lists match the declarations in commands.ts exactly.
 */
// Per feature, so work on one feature touches one line here.
const COACH_COMMANDS = ['coach.state', 'coach.current', 'coach.answer', 'coach.undoAnswer', 'coach.skip', 'coach.muteSeries', 'coach.later', 'coach.snooze', 'coach.startReview', 'coach.engage', 'coach.pause', 'coach.resume', 'coach.sendTest'] as const;
const CALENDAR_COMMANDS = [
  'calendar.sources',
  'calendar.test',
  'calendar.add',
  'calendar.rename',
  'calendar.setEnabled',
  'calendar.setColor',
  'calendar.setCalendars',
  'calendar.updateCredentials',
  'calendar.remove',
  'calendar.sync',
  'calendar.day',
  'calendar.ownAddresses',
  'calendar.accounts',
  'calendar.connect',
  'calendar.cancelConnect',
  'calendar.disconnect',
  'calendar.oauthClients',
  'calendar.setOwnClient',
  'calendar.clearOwnClient',
  'meetings.openLink',
] as const;
// No imports from the schema modules here: this file is bundled into the sandboxed preload.
const LOG_COMMANDS = [
  'log.query',
  'notes.add',
  'notes.update',
  'notes.remove',
  'notes.restore',
  'followUps.add',
  'followUps.edit',
  'followUps.setStatus',
  'followUps.remove',
  'followUps.restore',
  'checkIns.remove',
  'checkIns.restore',
  'reviews.remove',
  'reviews.restore',
] as const;
const REVIEW_COMMANDS = ['review.day', 'review.save', 'review.fillMeeting'] as const;
const TRANSFER_COMMANDS = ['data.export', 'data.import'] as const;
const DATA_ADMIN_COMMANDS = ['data.backups', 'data.backupNow', 'data.checkBackup', 'data.restore', 'data.deleteAll'] as const;
const VAULT_COMMANDS = ['vault.state', 'vault.unlock', 'vault.lock', 'vault.enable', 'vault.change', 'vault.disable'] as const;
const INSIGHTS_COMMANDS = ['insights.overview', 'insights.person', 'insights.personPage', 'insights.people', 'insights.lookBack', 'insights.weeklySummary'] as const;
const CALENDAR_EVENTS = ['calendar.sourcesChanged', 'calendar.statusChanged', 'calendar.meetingsChanged', 'calendar.connectProgress'] as const;

export const COMMAND_NAMES = [
  'app.info',
  'moments.add',
  'moments.update',
  'moments.remove',
  'moments.restore',
  'moments.list',
  'people.suggest',
  'settings.get',
  'settings.update',
  'notices.list',
  'notices.dismiss',
  ...COACH_COMMANDS,
  ...CALENDAR_COMMANDS,
  ...INSIGHTS_COMMANDS,
  ...LOG_COMMANDS,
  ...REVIEW_COMMANDS,
  ...TRANSFER_COMMANDS,
  ...DATA_ADMIN_COMMANDS,
  ...VAULT_COMMANDS,
  'windows.openMain',
  'windows.closePopup',
  'windows.popupReady',
  'windows.popupContentSize',
] as const;

export const EVENT_NAMES = [
  'moments.changed',
  'log.changed',
  'settings.changed',
  'coach.changed',
  ...CALENDAR_EVENTS,
  'transfer.progress',
  'data.replaced',
  'vault.changed',
  'notices.changed',
  'popup.show',
  'navigation.requested',
] as const;

/** IPC channel names. Prefixed so they cannot collide with Electron's own channels. */
export const commandChannel = (name: (typeof COMMAND_NAMES)[number]): string => `touchpoint:command:${name}`;
export const eventChannel = (name: (typeof EVENT_NAMES)[number]): string => `touchpoint:event:${name}`;
