import type { Meeting } from '../../../shared/domain/calendar';
import type { CheckIn } from '../../../shared/domain/checkin';
import type { PromptOutcome } from '../../../shared/domain/coach';
import { addDays } from '../../../shared/domain/days';
import { AppError } from '../../../shared/domain/errors';
import type { InsightsOverview, PersonEntry, PersonHistory, WeeklySummary } from '../../../shared/domain/insights';
import { sameTimeLastWeek, weekOf, weeksEndingWith } from '../../../shared/domain/insights-weeks';
import type { Moment } from '../../../shared/domain/moment';
import type { Settings } from '../../../shared/domain/settings';
import type { Clock } from '../clock';
import { PATTERN_WEEKS } from '../../../shared/domain/harm-patterns';
import { computeFollowThrough, sumFollowThrough } from './follow-through';
import { computeHarmPatterns } from './harm-patterns';
import { NEXT_CHANCE_DAYS, PAST_WINDOWS, rankNotReached } from './not-reached';
import { peopleDirectory, personHistory } from './people';
import { computeResponse, sumResponse } from './response';
import { renderWeeklySummary, type SummaryNote } from './summary';
import { computeTrend, countUntil } from './trend';
import { WeekBuckets } from './week-buckets';
import { t } from '../text/main-text';

export interface InsightsServiceDeps {
  /** Newest first. */
  moments: { all(): readonly Moment[] };
  checkIns: { all(): readonly CheckIn[] };
  /** Every prompt outcome the coach recorded. */
  outcomes: { values(): Iterable<PromptOutcome> };
  calendar: { meetingsBetween(from: Date, to: Date): Meeting[] };
  settings: { get(): Pick<Settings, 'insights' | 'meetingRules'> };
  clock: Clock;
  timeZone: () => string;
}

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
const SUMMARY_NOTES = 8;

/**
 * The Insights page and the weekly summary, computed on demand from the log, the check-ins,
 * the coach's prompt outcomes and the calendar. Read-only: nothing here writes or sends
 * anything; the summary leaves the computer only if the user saves it somewhere.
 */
export class InsightsService {
  constructor(private readonly deps: InsightsServiceDeps) {}

  overview(weekCount: number): InsightsOverview {
    const now = this.deps.clock.now();
    const timeZone = this.deps.timeZone();
    const buckets = new WeekBuckets(weeksEndingWith(weekOf(now, timeZone), weekCount), timeZone);
    const moments = this.deps.moments.all();
    const checkIns = this.deps.checkIns.all();
    const trend = computeTrend(moments, buckets);
    const followThrough = computeFollowThrough(checkIns, buckets, now.getTime());
    const response = computeResponse(this.deps.outcomes.values(), checkIns, buckets);
    const weeks = buckets.weeks.map((weekStart, i) => ({ weekStart, ...trend.weeks[i]!, followThrough: followThrough[i]!, response: response[i]! }));
    const asOf = sameTimeLastWeek(now, timeZone);
    return {
      generatedAt: now.toISOString(),
      timeZone,
      weeks,
      totals: {
        own: sumHelpHarm(trend.weeks.map((w) => w.own)),
        witnessed: sumHelpHarm(trend.weeks.map((w) => w.witnessed)),
        followThrough: sumFollowThrough(followThrough),
        response: sumResponse(response),
      },
      builders: trend.builders,
      damagers: trend.damagers,
      sameTimeLastWeek: { asOf, ...countUntil(moments, buckets, buckets.length - 2, Date.parse(asOf)) },
      notReached: this.notReached(now, moments).notReached,
      patterns: this.patterns(now, moments, timeZone),
      momentsInLog: moments.length,
    };
  }

  person(name: string, limit: number): PersonHistory {
    return personHistory(this.deps.moments.all(), name, limit);
  }

  people(): PersonEntry[] {
    const moments = this.deps.moments.all();
    return peopleDirectory(moments, this.notReached(this.deps.clock.now(), moments).met);
  }

  weeklySummary(options: { weekStart?: string | undefined; includeNotes: boolean }): WeeklySummary {
    const now = this.deps.clock.now();
    const timeZone = this.deps.timeZone();
    const current = weekOf(now, timeZone);
    const weekStart = options.weekStart ?? current;
    if (weekStart > current) throw new AppError('invalid_input', t('insights:errors.weekNotStarted'), { weekStart: 'future' });
    const buckets = new WeekBuckets([addDays(weekStart, -7), weekStart], timeZone);
    const moments = this.deps.moments.all();
    const checkIns = this.deps.checkIns.all();
    const trend = computeTrend(moments, buckets);
    const [, week] = trend.weeks as [typeof trend.weeks[0], typeof trend.weeks[0]];
    const weekTags = (series: typeof trend.builders) =>
      series
        .map((s) => ({ label: s.label, count: s.perWeek[1]! }))
        .filter((t) => t.count > 0)
        .sort((a, b) => b.count - a.count)
        .slice(0, 5);
    const notes = options.includeNotes ? notesOfWeek(moments, buckets, 1) : null;
    const weekEnd = addDays(weekStart, 6);
    const markdown = renderWeeklySummary({
      weekStart,
      weekEnd,
      generatedAt: now.toISOString(),
      timeZone,
      inProgress: weekStart === current,
      week: {
        own: week.own,
        witnessed: week.witnessed,
        followThrough: computeFollowThrough(checkIns, buckets, now.getTime())[1]!,
        response: computeResponse(this.deps.outcomes.values(), checkIns, buckets)[1]!,
      },
      // A week still under way is compared with the week before up to the same point.
      previous: weekStart === current ? countUntil(moments, buckets, 0, Date.parse(sameTimeLastWeek(now, timeZone))) : trend.weeks[0]!,
      builders: weekTags(trend.builders),
      damagers: weekTags(trend.damagers),
      notes: notes && { shown: notes.slice(0, SUMMARY_NOTES), total: notes.length },
      notReached: this.notReached(now, moments).notReached,
    });
    return { weekStart, weekEnd, includeNotes: options.includeNotes, fileName: `touchpoint-week-${weekStart}.md`, markdown };
  }

  /** "What goes with harm" as of now (the weekly look-back picks its pattern from it). */
  harmPatterns() {
    return this.patterns(this.deps.clock.now(), this.deps.moments.all(), this.deps.timeZone());
  }

  private patterns(now: Date, moments: readonly Moment[], timeZone: string) {
    const nowMs = now.getTime();
    const fromMs = nowMs - PATTERN_WEEKS * WEEK_MS;
    const meetings = this.deps.calendar.meetingsBetween(new Date(fromMs), now);
    const ownEmails = this.deps.settings.get().meetingRules.userEmails;
    return computeHarmPatterns({ newestFirst: moments, meetings, ownEmails, timeZone, fromMs, nowMs, weeks: PATTERN_WEEKS, calendarKnown: meetings.length > 0 });
  }

  private notReached(now: Date, moments: readonly Moment[]) {
    const settings = this.deps.settings.get();
    const weeks = settings.insights.notReachedWeeks;
    const nowMs = now.getTime();
    return rankNotReached({
      pastMeetings: this.deps.calendar.meetingsBetween(new Date(nowMs - PAST_WINDOWS * weeks * WEEK_MS), now),
      upcomingMeetings: this.deps.calendar.meetingsBetween(now, new Date(nowMs + NEXT_CHANCE_DAYS * DAY_MS)),
      ownEmails: settings.meetingRules.userEmails,
      team: settings.insights.team,
      newestFirst: moments,
      nowMs,
      weeks,
    });
  }
}

function sumHelpHarm(parts: readonly { helped: number; harmed: number }[]) {
  return parts.reduce((sum, p) => ({ helped: sum.helped + p.helped, harmed: sum.harmed + p.harmed }), { helped: 0, harmed: 0 });
}

/** The week's moments that have a note, in the order they happened. */
function notesOfWeek(newestFirst: readonly Moment[], buckets: WeekBuckets, index: number): SummaryNote[] {
  const notes: SummaryNote[] = [];
  const floor = buckets.scanFloorMs;
  for (const m of newestFirst) {
    const ms = Date.parse(m.occurredAt);
    if (ms < floor) break;
    if (m.note.trim() === '' || buckets.indexOf(ms, m.timeZone) !== index) continue;
    notes.push({ occurredAt: m.occurredAt, timeZone: m.timeZone, kind: m.kind, valence: m.valence, people: m.people, tags: m.tags, note: m.note, meetingTitle: m.meeting?.title ?? null });
  }
  return notes.reverse();
}
