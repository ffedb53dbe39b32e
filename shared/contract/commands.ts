import { z } from 'zod';
import {
  MomentIdSchema,
  MomentInputSchema,
  MomentPatchSchema,
  MomentSchema,
  IsoInstantSchema,
} from '../domain/moment';
import { SettingsPatchSchema, SettingsSchema } from '../domain/settings';
import { NoticeSchema } from '../domain/notice';
import { CheckInAnswerSchema } from '../domain/checkin-answer';
import { CoachStateSchema, PromptViewSchema } from '../domain/coach-view';
import { PauseChoiceSchema, SnoozeChoiceSchema } from '../domain/coach';
import { MeetingSchema } from '../domain/calendar';
import {
  CalendarSourceViewSchema,
  ConnectionTestResultSchema,
  CredentialsPatchSchema,
  HexColorSchema,
  LegendEntrySchema,
  SourceConnectionSchema,
  SourceIdSchema,
  SourceInputSchema,
  SourceStatusSchema,
} from '../domain/calendar-sources';

/** Views of the main window a command may open. */
export const MainViewSchema = z.enum(['today', 'review', 'log', 'insights', 'settings']);
export type MainView = z.infer<typeof MainViewSchema>;

const NoInput = z.object({}).strict().default({});
const PromptRef = z.object({ promptId: z.string().min(1).max(2100) }).strict();
const DaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a day like 2026-11-23.');

export const AppInfoSchema = z.object({
  version: z.string(),
  dataDirectory: z.string(),
  timeZone: z.string(),
  /** Whether the operating system accepted the "Log a moment" shortcut (null: not known here). */
  shortcut: z.object({ accelerator: z.string().nullable(), registered: z.boolean().nullable() }),
  /** Which platform features work here, so Settings can say what is supported. */
  platform: z.object({ os: z.string(), doNotDisturb: z.boolean(), launchAtLogin: z.boolean() }),
});

export const MomentPageSchema = z.object({
  moments: z.array(MomentSchema),
  /** Pass as `before` to get the next (older) page; null when there is nothing older. */
  nextCursor: z.string().nullable(),
  total: z.number().int(),
});

/**
 * Every command the renderer can send to the main process, declared once. The main process
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
      })
      .strict(),
    output: z.array(z.string()),
  },

  'settings.get': { input: NoInput, output: SettingsSchema },
  'settings.update': { input: SettingsPatchSchema, output: SettingsSchema },

  'notices.list': { input: NoInput, output: z.array(NoticeSchema) },
  'notices.dismiss': { input: z.object({ id: z.string().max(100) }).strict(), output: z.array(NoticeSchema) },

  'coach.state': { input: NoInput, output: CoachStateSchema },
  /** The check-in card the popup should show now, if any. */
  'coach.current': { input: NoInput, output: PromptViewSchema.nullable() },
  'coach.answer': { input: CheckInAnswerSchema, output: z.null() },
  'coach.skip': { input: PromptRef, output: z.null() },
  'coach.later': { input: PromptRef, output: z.null() },
  'coach.snooze': { input: PromptRef.extend({ choice: SnoozeChoiceSchema }).strict(), output: z.string().nullable() },
  'coach.startReview': { input: PromptRef, output: z.null() },
  /** The user clicked or typed in the card: it stops timing out and may take the keyboard. */
  'coach.engage': { input: PromptRef, output: z.null() },
  'coach.pause': { input: z.object({ choice: PauseChoiceSchema }).strict(), output: CoachStateSchema },
  'coach.resume': { input: NoInput, output: CoachStateSchema },
  'coach.sendTest': { input: NoInput, output: z.null() },

  'calendar.sources': { input: NoInput, output: z.array(CalendarSourceViewSchema) },
  /** Try a connection before saving: ICS feeds are fetched and read, CalDAV accounts list their calendars. */
  'calendar.test': { input: SourceConnectionSchema, output: ConnectionTestResultSchema },
  'calendar.add': { input: SourceInputSchema, output: CalendarSourceViewSchema },
  'calendar.rename': { input: z.object({ id: SourceIdSchema, name: z.string().trim().min(1, 'Give the calendar a name.').max(200) }).strict(), output: CalendarSourceViewSchema },
  'calendar.setEnabled': { input: z.object({ id: SourceIdSchema, enabled: z.boolean() }).strict(), output: CalendarSourceViewSchema },
  'calendar.setColor': { input: z.object({ id: SourceIdSchema, color: HexColorSchema }).strict(), output: CalendarSourceViewSchema },
  'calendar.setCalendars': { input: z.object({ id: SourceIdSchema, urls: z.array(z.string().max(2000)).max(500) }).strict(), output: CalendarSourceViewSchema },
  'calendar.updateCredentials': { input: CredentialsPatchSchema.extend({ id: SourceIdSchema }).strict(), output: CalendarSourceViewSchema },
  'calendar.remove': { input: z.object({ id: SourceIdSchema }).strict(), output: z.null() },
  /** Sync now: one source, or all of them. */
  'calendar.sync': { input: z.object({ id: SourceIdSchema.optional() }).strict().default({}), output: z.array(SourceStatusSchema) },
  /** The meetings of a day (default today) in the user's zone, with the sources' colours. */
  'calendar.day': {
    input: z.object({ day: DaySchema.optional() }).strict().default({}),
    output: z.object({ day: DaySchema, meetings: z.array(MeetingSchema), legend: z.array(LegendEntrySchema) }),
  },

  'windows.openMain': {
    input: z.object({ view: MainViewSchema.default('log') }).strict().default({ view: 'log' }),
    output: z.null(),
  },
  'windows.closePopup': { input: NoInput, output: z.null() },
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
  /** The coach's state changed: a card opened or closed, a pause began or ended, the next check-in moved. */
  'coach.changed': CoachStateSchema,
  'notices.changed': z.array(NoticeSchema),
  'calendar.sourcesChanged': z.array(CalendarSourceViewSchema),
  'calendar.statusChanged': SourceStatusSchema,
  /** Meetings may have changed (a sync brought new data, a source or the rules changed). */
  'calendar.meetingsChanged': z.object({ at: IsoInstantSchema }),
  /** Tells the popup which face to show: the user's "Log a moment" or a check-in card. */
  'popup.show': z.object({ route: z.enum(['log', 'check-in']) }),
  /** Asks the main window to show a view (e.g. "Open Touchpoint" from the popup). */
  'navigation.requested': z.object({ view: MainViewSchema }),
} as const;
