import type { IntentionId } from '../../../shared/domain/checkin';
import { addDays } from '../../../shared/domain/days';
import { patternSentence, type HarmPatterns, type PatternDimension, type PatternRow } from '../../../shared/domain/harm-patterns';
import { MIN_MOMENTS_FOR_LOOK_BACK, MIN_TAG_REPEATS, type LookBack, type ProudMoment, type Watch, type WeekIntention } from '../../../shared/domain/look-back';
import type { Moment } from '../../../shared/domain/moment';
import { isBuilder, type DamagerTagId } from '../../../shared/domain/tags';
import { AppError } from '../../../shared/domain/errors';
import type { FollowUp } from '../../../shared/domain/followup';
import { weekOf } from '../../../shared/domain/insights-weeks';
import type { Settings } from '../../../shared/domain/settings';
import type { Clock } from '../clock';
import { WeekBuckets } from './week-buckets';
import { mainLocale, t } from '../text/main-text';

export interface LookBackInput {
  /** The whole log, newest first. */
  newestFirst: readonly Moment[];
  /** The week looked back on (its Monday). */
  weekStart: string;
  nowMs: number;
  timeZone: string;
  /** "What goes with harm" over the last year, as Insights computes it. */
  patterns: HarmPatterns;
  /** Open repair follow-ups (after a harm). */
  openRepairs: number;
  /** What the user accepted already, for whichever week. */
  weekIntention: WeekIntention | null;
}

/** Damagers and the intention that works against each (the chips of the before card). */
const ANTIDOTE: Record<DamagerTagId, IntentionId> = {
  rushed: 'be-present',
  distracted: 'be-present',
  interrupting: 'listen-first',
  judgement: 'stay-curious',
  blame: 'stay-curious',
  sarcasm: 'lead-with-warmth',
  'eye-rolling': 'lead-with-warmth',
  scoffing: 'stay-curious',
  indifference: 'recognise-someone',
};

/** An if-then plan for a situation that goes with harm: the form with the best evidence behind it. */
const PLAN_FOR: Partial<Record<PatternDimension, 'insights:suggestion.planStreak' | 'insights:suggestion.planDayLoad'>> = {
  streak: 'insights:suggestion.planStreak',
  'day-load': 'insights:suggestion.planDayLoad',
};

/**
 * The strongest situation from "what goes with harm": more harm than everywhere else, beyond
 * what chance easily gives (as the Insights page picks its headlines).
 */
function strongestPattern(patterns: HarmPatterns): PatternRow & { dimension: PatternDimension } | null {
  const rows = patterns.groups
    .flatMap((g) => g.rows.map((r) => ({ ...r, dimension: g.dimension })))
    .filter((r) => r.standsOut && r.share > r.restShare)
    .sort((a, b) => b.low - b.restShare - (a.low - a.restShare));
  return rows[0] ?? null;
}

/** The week's moment to be proud of: a helped one, the most said about it (a note, tags, people), the latest on a tie. */
function proudOf(helped: readonly Moment[]): ProudMoment | null {
  let best: Moment | null = null;
  let bestScore = -1;
  // Newest first: on a tie the latest stays.
  for (const m of helped) {
    const score = (m.note.trim() ? 4 : 0) + Math.min(m.tags.length, 3) + Math.min(m.people.length, 2);
    if (score > bestScore) {
      best = m;
      bestScore = score;
    }
  }
  return best && { id: best.id, occurredAt: best.occurredAt, timeZone: best.timeZone, people: best.people, tags: best.tags, note: best.note, meetingTitle: best.meeting?.title ?? null };
}

/**
 * The look-back on one week, from the user's own moments. One pattern to watch: a situation
 * that goes with harm over the year if there is one, else a damager that came up repeatedly
 * this week. The suggestion follows from it (a repair still open comes first); with nothing
 * to go on, it says the suggestion is a general one.
 */
export function buildLookBack(input: LookBackInput): LookBack {
  const buckets = new WeekBuckets([input.weekStart], input.timeZone);
  const own = { helped: 0, harmed: 0 };
  const witnessed = { helped: 0, harmed: 0 };
  const helped: Moment[] = [];
  const damagers = new Map<DamagerTagId, number>();
  const floor = buckets.scanFloorMs;
  for (const m of input.newestFirst) {
    const ms = Date.parse(m.occurredAt);
    if (ms < floor) break;
    if (ms > input.nowMs || buckets.indexOf(ms, m.timeZone) !== 0) continue;
    if (m.kind === 'witnessed') {
      witnessed[m.valence]++;
      continue;
    }
    own[m.valence]++;
    if (m.valence === 'helped') helped.push(m);
    else for (const t of m.tags) if (!isBuilder(t)) damagers.set(t as DamagerTagId, (damagers.get(t as DamagerTagId) ?? 0) + 1);
  }
  const enough = own.helped + own.harmed >= MIN_MOMENTS_FOR_LOOK_BACK;

  const pattern = strongestPattern(input.patterns);
  const [topTag, topCount] = [...damagers.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [null, 0];
  let watch: Watch | null = null;
  if (pattern) watch = { kind: 'pattern', sentence: patternSentence(pattern, t, mainLocale()) };
  else if (topTag && topCount >= MIN_TAG_REPEATS) watch = { kind: 'tag', tag: topTag, label: t(`common:tags.${topTag}`), count: topCount };

  const suggestion = suggest({ pattern, topTag: topTag && topCount >= MIN_TAG_REPEATS ? topTag : null, openRepairs: input.openRepairs, enough, harmed: own.harmed });
  const nextWeekStart = addDays(input.weekStart, 7);
  return {
    weekStart: input.weekStart,
    weekEnd: addDays(input.weekStart, 6),
    generatedAt: new Date(input.nowMs).toISOString(),
    timeZone: input.timeZone,
    own,
    witnessed,
    enough,
    proud: proudOf(helped),
    watch,
    suggestion,
    nextWeekStart,
    accepted: input.weekIntention?.weekStart === nextWeekStart ? input.weekIntention.intention : null,
  };
}

function suggest(s: { pattern: (PatternRow & { dimension: PatternDimension }) | null; topTag: DamagerTagId | null; openRepairs: number; enough: boolean; harmed: number }): LookBack['suggestion'] {
  if (s.openRepairs > 0) {
    return { intention: { type: 'chip', id: 'repair-something' }, reason: t('insights:suggestion.repairs', { count: s.openRepairs }), general: false };
  }
  if (s.pattern) {
    const plan = PLAN_FOR[s.pattern.dimension];
    if (plan) return { intention: { type: 'own', text: t(plan) }, reason: t('insights:suggestion.pattern', { phrase: s.pattern.phrase }), general: false };
  }
  if (s.topTag) return { intention: { type: 'chip', id: ANTIDOTE[s.topTag] }, reason: t('insights:suggestion.tag', { tag: t(`common:tags.${s.topTag}`) }), general: false };
  if (s.pattern) return { intention: { type: 'chip', id: 'be-present' }, reason: t('insights:suggestion.pattern', { phrase: s.pattern.phrase }), general: false };
  if (s.enough && s.harmed === 0) return { intention: { type: 'chip', id: 'recognise-someone' }, reason: t('insights:suggestion.noHarm'), general: false };
  return { intention: { type: 'chip', id: 'be-present' }, reason: t('insights:suggestion.general'), general: true };
}

export interface LookBacksDeps {
  moments: { all(): readonly Moment[] };
  followUps: { all(): readonly Pick<FollowUp, 'status' | 'repair'>[] };
  /** "What goes with harm" as the Insights page has it now. */
  patterns: () => HarmPatterns;
  settings: { get(): Pick<Settings, 'weekIntention'> };
  clock: Clock;
  timeZone: () => string;
}

/** The weekly look-back, computed on demand (read-only: accepting the suggestion is a settings change). */
export class LookBacks {
  constructor(private readonly deps: LookBacksDeps) {}

  /** The current week, or an earlier one; never a week not yet started. */
  lookBack(weekStart?: string): LookBack {
    const now = this.deps.clock.now();
    const timeZone = this.deps.timeZone();
    const current = weekOf(now, timeZone);
    const week = weekStart ?? current;
    if (week > current) throw new AppError('invalid_input', t('insights:errors.weekNotStarted'), { weekStart: 'future' });
    return buildLookBack({
      newestFirst: this.deps.moments.all(),
      weekStart: week,
      nowMs: now.getTime(),
      timeZone,
      patterns: this.deps.patterns(),
      openRepairs: this.deps.followUps.all().filter((f) => f.status === 'open' && f.repair).length,
      weekIntention: this.deps.settings.get().weekIntention,
    });
  }
}
