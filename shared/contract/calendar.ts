import { z } from 'zod';
import { AllDayEventSchema, MeetingSchema } from '../domain/calendar';
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
import { IsoInstantSchema } from '../domain/moment';
import { OwnAddressSuggestionSchema } from '../domain/own-addresses';
import { DaySchema, NoInput } from './common';
import { validationKey } from '../domain/validation';

/** Calendar sources and the meetings they bring. */
export const calendarCommands = {
  'calendar.sources': { input: NoInput, output: z.array(CalendarSourceViewSchema) },
  /** Try a connection before saving: ICS feeds are fetched and read, CalDAV accounts list their calendars. */
  'calendar.test': { input: SourceConnectionSchema, output: ConnectionTestResultSchema },
  'calendar.add': { input: SourceInputSchema, output: CalendarSourceViewSchema },
  'calendar.rename': { input: z.object({ id: SourceIdSchema, name: z.string().trim().min(1, validationKey('contract.calendarName')).max(200) }).strict(), output: CalendarSourceViewSchema },
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
    /** `allDay`: the day's all-day events, which are never meetings (no cards). */
    output: z.object({ day: DaySchema, meetings: z.array(MeetingSchema), allDay: z.array(AllDayEventSchema), legend: z.array(LegendEntrySchema) }),
  },
  /** Addresses the connected calendars suggest are the user's own (those the user turned down left out). */
  'calendar.ownAddresses': { input: NoInput, output: z.array(OwnAddressSuggestionSchema) },

} as const;

export const calendarEvents = {
  'calendar.sourcesChanged': z.array(CalendarSourceViewSchema),
  'calendar.statusChanged': SourceStatusSchema,
  /** Meetings may have changed (a sync brought new data, a source or the rules changed). */
  'calendar.meetingsChanged': z.object({ at: IsoInstantSchema }),
} as const;
