import { z } from 'zod';
import { HarmPatternsSchema } from './harm-patterns';
import { IsoInstantSchema, MomentKindSchema, TagIdSchema, ValenceSchema } from './moment';

/**
 * What the Insights page shows, as the main process computes it. Helped and harmed are
 * always counted apart: there is no net score, so one harm never "cancels" one help.
 *
 * Definitions (also stated on the page, in plain words):
 * - Weeks start on Monday at 00:00 in the user's zone. A moment or check-in is placed in the
 *   zone it was recorded in (like the log's days); prompts and meetings in the current zone.
 * - Trend and tags count the user's own moments; witnessed moments ("I saw someone…") are
 *   counted on their own and never mixed into the user's numbers.
 * - Follow-through: meetings that had an intention and have ended. Of those looked back on
 *   with an answer, how many intentions were kept fully, partly, or not.
 * - Response rate: of the check-in cards Touchpoint showed, the share answered, on the card
 *   or filled in later from the day's review. Skipped, "Later" not filled in, and cards that
 *   timed out count as not answered. Cards never shown (quiet hours, paused, screen locked,
 *   do-not-disturb, outside working hours, too late) are reported apart and do not count.
 * - Not reached lately: the user's team and people from 1:1s and small meetings of the last
 *   N weeks (large meetings, the user's own addresses and those who declined left out) with
 *   no own "helped" moment for at least N weeks, counted from the last helped moment or, if
 *   none, from when the log and the acquaintance began. The top few; the team first.
 * - Rates are given only from MIN_ANSWERS_FOR_RATE answers on; below that the page shows the
 *   counts ("1 of 1 kept"), because a percentage of one or two answers says nothing.
 * - "This week so far" is compared with last week up to the same weekday and time of day,
 *   never with last week's full total.
 */
/** The fewest answers a percentage is shown for. */
export const MIN_ANSWERS_FOR_RATE = 10;

const Count = z.number().int().nonnegative();
const Rate = z.number().min(0).max(1).nullable();
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const HelpHarmSchema = z.object({ helped: Count, harmed: Count });
export type HelpHarm = z.infer<typeof HelpHarmSchema>;

export const FollowThroughSchema = z.object({
  /** Ended meetings that had an intention. */
  intentions: Count,
  yes: Count,
  partly: Count,
  no: Count,
  /** Looked back on, but "kept?" was left unanswered. */
  notAnswered: Count,
  /** Never looked back on (no check-in after the meeting). */
  notReflected: Count,
  /** yes / (yes + partly + no); null below MIN_ANSWERS_FOR_RATE answers. */
  keptRate: Rate,
  /** (yes + partly) / (yes + partly + no). */
  atLeastPartlyRate: Rate,
});
export type FollowThrough = z.infer<typeof FollowThroughSchema>;

export const NotShownReasonSchema = z.enum(['quiet-time', 'paused', 'away', 'too-late']);
export type NotShownReason = z.infer<typeof NotShownReasonSchema>;

export const ResponseSchema = z.object({
  /** Cards shown: the sum of the five outcomes below. */
  shown: Count,
  answered: Count,
  /** Skipped, "Later" or timed out, then filled in from the review. */
  filledInLater: Count,
  later: Count,
  skipped: Count,
  missed: Count,
  /** Not shown, by why: outside working hours or quiet hours; paused; screen locked, idle or do-not-disturb; too late. */
  notShown: z.object({ 'quiet-time': Count, paused: Count, away: Count, 'too-late': Count }),
  /** (answered + filledInLater) / shown; null below MIN_ANSWERS_FOR_RATE cards shown. */
  rate: Rate,
});
export type ResponseStats = z.infer<typeof ResponseSchema>;

export const WeekStatsSchema = z.object({
  /** The week's Monday. */
  weekStart: Day,
  own: HelpHarmSchema,
  witnessed: HelpHarmSchema,
  followThrough: FollowThroughSchema,
  response: ResponseSchema,
});
export type WeekStats = z.infer<typeof WeekStatsSchema>;

export const TagSeriesSchema = z.object({
  tag: TagIdSchema,
  label: z.string(),
  total: Count,
  /** Per week, oldest first (same order as the overview's weeks). */
  perWeek: z.array(Count),
});
export type TagSeries = z.infer<typeof TagSeriesSchema>;

export const MeetingRefSchema = z.object({ title: z.string(), start: IsoInstantSchema });

/** Someone on the user's team, as the user chose them (the address is what matches calendars). */
export const TeamMemberSchema = z.object({ email: z.string().trim().min(1).max(320), name: z.string().trim().max(200) });
export type TeamMember = z.infer<typeof TeamMemberSchema>;

/** Why someone is on the "not reached" list: the team first, then 1:1s, then small meetings. */
export const ReachGroupSchema = z.enum(['team', 'one-on-one', 'small-meeting']);
export type ReachGroup = z.infer<typeof ReachGroupSchema>;

export const NotReachedPersonSchema = z.object({
  name: z.string(),
  email: z.string(),
  group: ReachGroupSchema,
  /** The latest own "helped" moment with them, however old; null: never. */
  lastPositiveAt: IsoInstantSchema.nullable(),
  /** No helped moment since this instant: the last one, or since the log and the first meeting with them began. */
  quietSince: IsoInstantSchema,
  /** The latest 1:1 or small meeting with them in the window; null for a team member not met in it. */
  lastMeeting: MeetingRefSchema.nullable(),
  /** The next chance: the next 1:1 or small meeting together in the coming two weeks. */
  nextMeeting: MeetingRefSchema.extend({ oneOnOne: z.boolean() }).nullable(),
  /** 1:1s and small meetings with them in the window. */
  meetingsInWindow: Count,
});
export type NotReachedPerson = z.infer<typeof NotReachedPersonSchema>;

export const NotReachedSchema = z.object({
  weeks: z.number().int().positive(),
  /** Start of the window: now minus N weeks. */
  since: IsoInstantSchema,
  /** People met in a 1:1 or small meeting in the window (the user excluded), reached or not. */
  peopleMet: Count,
  /** Large meetings in the window, whose attendees are not considered. */
  largeMeetingsIgnored: Count,
  /** False when the user's own addresses are not set: they may then appear in the list. */
  ownAddressesKnown: z.boolean(),
  /** The oldest moment in the log: nobody is "not reached" for longer than the log has been kept. */
  loggingSince: IsoInstantSchema.nullable(),
  team: z.array(TeamMemberSchema),
  /** People with a recurring 1:1, not yet on the team. */
  teamSuggestions: z.array(TeamMemberSchema),
  /** The top few, most in need of a moment first. */
  people: z.array(NotReachedPersonSchema),
  /** How many more would be listed after the top few. */
  more: Count,
});
export type NotReached = z.infer<typeof NotReachedSchema>;

export const InsightsOverviewSchema = z.object({
  generatedAt: IsoInstantSchema,
  timeZone: z.string(),
  /** Oldest first; the last one is the current (unfinished) week. */
  weeks: z.array(WeekStatsSchema),
  totals: z.object({ own: HelpHarmSchema, witnessed: HelpHarmSchema, followThrough: FollowThroughSchema, response: ResponseSchema }),
  /** Behaviour tags on own moments in the period, most frequent first; tags never used are left out. */
  builders: z.array(TagSeriesSchema),
  damagers: z.array(TagSeriesSchema),
  /**
   * Last week up to the same weekday and time of day as now (`asOf`, in the user's zone):
   * what "this week so far" is compared with.
   */
  sameTimeLastWeek: z.object({ asOf: IsoInstantSchema, own: HelpHarmSchema, witnessed: HelpHarmSchema }),
  notReached: NotReachedSchema,
  /** What goes with harm, over the last PATTERN_WEEKS weeks whatever the period shown. */
  patterns: HarmPatternsSchema,
  /** Moments in the whole log, to tell "nothing yet" from "nothing this period". */
  momentsInLog: Count,
});
export type InsightsOverview = z.infer<typeof InsightsOverviewSchema>;

export const PersonMomentSchema = z.object({
  id: z.string(),
  occurredAt: IsoInstantSchema,
  timeZone: z.string(),
  kind: MomentKindSchema,
  valence: ValenceSchema,
  tags: z.array(TagIdSchema),
  note: z.string(),
  meetingTitle: z.string().nullable(),
  /** The name as written in that moment ("Sam" in a moment counted for "Sam Rivera"). */
  loggedAs: z.string(),
});
export type PersonMoment = z.infer<typeof PersonMomentSchema>;

export const PersonHistorySchema = z.object({
  name: z.string(),
  /** All matching moments; `moments` holds the newest `limit` of them. */
  total: Count,
  own: HelpHarmSchema,
  witnessed: HelpHarmSchema,
  firstAt: IsoInstantSchema.nullable(),
  lastPositiveAt: IsoInstantSchema.nullable(),
  moments: z.array(PersonMomentSchema),
});
export type PersonHistory = z.infer<typeof PersonHistorySchema>;

export const PersonEntrySchema = z.object({
  name: z.string(),
  moments: Count,
  lastAt: IsoInstantSchema.nullable(),
  /** Met in a meeting in the "not reached" window. */
  inCalendar: z.boolean(),
});
export type PersonEntry = z.infer<typeof PersonEntrySchema>;

export const WeeklySummarySchema = z.object({
  weekStart: Day,
  /** The week's Sunday. */
  weekEnd: Day,
  includeNotes: z.boolean(),
  fileName: z.string(),
  markdown: z.string(),
});
export type WeeklySummary = z.infer<typeof WeeklySummarySchema>;
