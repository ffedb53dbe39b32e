import { z } from 'zod';
import {
  MomentIdSchema,
  MomentInputSchema,
  MomentPatchSchema,
  MomentSchema,
  IsoInstantSchema,
  PersonNameSchema,
} from '../domain/moment';
import { SettingsPatchSchema, SettingsSchema } from '../domain/settings';
import { NoticeSchema } from '../domain/notice';
import { calendarCommands, calendarEvents } from './calendar';
import { calendarAccountCommands, calendarAccountEvents } from './calendar-accounts';
import { coachCommands, coachEvents } from './coach';
import { meetingCommands } from './meetings';
import { insightsCommands } from './insights';
import { logCommands } from './log';
import { reviewCommands } from './review';
import { transferCommands, transferEvents } from './transfer';
import { dataAdminCommands, dataAdminEvents } from './data-admin';
import { vaultCommands, vaultEvents } from './vault';
import { NoInput } from './common';

/** Views of the main window a command may open. */
export const MainViewSchema = z.enum(['today', 'review', 'week', 'log', 'insights', 'settings', 'science']);
export type MainView = z.infer<typeof MainViewSchema>;

/** The popup's two faces: the user's own "Log a moment", and a check-in card the coach raised. */
export const PopupRouteSchema = z.enum(['log', 'check-in']);


export const PlatformSupportSchema = z.object({
  os: z.string(),
  doNotDisturb: z.boolean(),
  launchAtLogin: z.boolean(),
  /** "Lock when the screen locks" can hear the screen lock here. */
  screenLock: z.boolean(),
  /** Idle time can be read (auto-lock after a time away). */
  idle: z.boolean(),
  /** A tray icon is shown (GNOME needs an extension for it). */
  tray: z.boolean(),
  /** How a check-in appears on its own: a window that leaves the keyboard alone, or an OS notification. */
  cards: z.enum(['window', 'notification']),
});
export type PlatformSupport = z.infer<typeof PlatformSupportSchema>;

export const AppInfoSchema = z.object({
  version: z.string(),
  dataDirectory: z.string(),
  timeZone: z.string(),
  /**
   * Whether the operating system accepted the "Log a moment" shortcut (null: not known here).
   * `confirmed: false`: the answer cannot be trusted (Wayland's portal may refuse after saying yes).
   */
  shortcut: z.object({ accelerator: z.string().nullable(), registered: z.boolean().nullable(), confirmed: z.boolean() }),
  /** Which platform features work here, so Settings can say what is supported. */
  platform: PlatformSupportSchema,
  /** The OS locale ("en-GB"): every date, time, number and plural is formatted in it. */
  locale: z.string(),
});

export const MomentPageSchema = z.object({
  moments: z.array(MomentSchema),
  /** Pass as `before` to get the next (older) page; null when there is nothing older. */
  nextCursor: z.string().nullable(),
  total: z.number().int(),
});

/**
 * Every command the renderer can send to the main process, declared once (features with many
 * commands declare them in their own module: coach.ts, calendar.ts...). The main process
 * validates `input` with these schemas; the preload and the renderer's types derive from them.
 */
export const commands = {
  'app.info': { input: NoInput, output: AppInfoSchema },

  'moments.add': { input: MomentInputSchema, output: MomentSchema },
  'moments.update': {
    input: z.object({ id: MomentIdSchema, patch: MomentPatchSchema }).strict(),
    output: MomentSchema,
  },
  'moments.remove': { input: z.object({ id: MomentIdSchema }).strict(), output: MomentSchema },
  /** Undo of a removal: puts the removed moment back exactly as it was. */
  'moments.restore': { input: z.object({ moment: MomentSchema }).strict(), output: MomentSchema },
  'moments.list': {
    input: z
      .object({
        limit: z.number().int().min(1).max(1000).default(200),
        before: z.string().max(200).optional(),
      })
      .strict()
      .default({ limit: 200 }),
    output: MomentPageSchema,
  },

  'people.suggest': {
    input: z
      .object({
        query: z.string().max(80).default(''),
        limit: z.number().int().min(1).max(50).default(8),
        /** The meeting the names are for: its attendees are suggested first. */
        meetingId: z.string().min(1).max(1024).optional(),
      })
      .strict(),
    output: z.array(z.string()),
  },

  'settings.get': { input: NoInput, output: SettingsSchema },
  'settings.update': { input: SettingsPatchSchema, output: SettingsSchema },

  'notices.list': { input: NoInput, output: z.array(NoticeSchema) },
  'notices.dismiss': { input: z.object({ id: z.string().max(100) }).strict(), output: z.array(NoticeSchema) },

  ...coachCommands,
  ...calendarCommands,
  ...calendarAccountCommands,
  ...meetingCommands,
  ...insightsCommands,
  ...logCommands,
  ...reviewCommands,
  ...transferCommands,
  ...dataAdminCommands,
  ...vaultCommands,

  'windows.openMain': {
    /** `person` (with the Insights view): that person's page, to prepare a 1:1. */
    input: z.object({ view: MainViewSchema.default('log'), person: PersonNameSchema.optional() }).strict().default({ view: 'log' }),
    output: z.null(),
  },
  'windows.closePopup': { input: NoInput, output: z.null() },
  /**
   * The popup's page has drawn this face (its first control is on screen): the shell, which
   * creates the popup hidden, shows it only after this, so a card never flashes empty.
   */
  'windows.popupReady': { input: z.object({ route: PopupRouteSchema }).strict(), output: z.null() },
  /** How tall this face's content is (CSS pixels): the shell sizes the popup to it, within limits. */
  'windows.popupContentSize': { input: z.object({ route: PopupRouteSchema, height: z.number().min(0).max(10_000) }).strict(), output: z.null() },
} as const;

/** Events the main process pushes to windows. */
export const events = {
  /** `loaded`: older history finished loading after startup (id is null). */
  'moments.changed': z.object({
    change: z.enum(['added', 'updated', 'removed', 'restored', 'loaded']),
    id: MomentIdSchema.nullable(),
    at: IsoInstantSchema,
  }),
  /** A non-moment log entry (follow-up, check-in, review, note) was added, changed or removed. */
  'log.changed': z.object({
    kind: z.enum(['follow-up', 'check-in', 'review', 'note']),
    id: z.string(),
    at: IsoInstantSchema,
  }),
  'settings.changed': SettingsSchema,
  ...coachEvents,
  ...calendarEvents,
  ...calendarAccountEvents,
  ...transferEvents,
  ...dataAdminEvents,
  ...vaultEvents,
  'notices.changed': z.array(NoticeSchema),
  /** Tells the popup which face to show: the user's "Log a moment" or a check-in card. */
  'popup.show': z.object({ route: PopupRouteSchema }),
  /** Asks the main window to show a view (e.g. "Open Touchpoint" from the popup). */
  'navigation.requested': z.object({ view: MainViewSchema, person: z.string().optional() }),
} as const;
