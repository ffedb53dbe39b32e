import type { HelpHarm, TagSeries } from '../../../shared/domain/insights';
import type { Moment } from '../../../shared/domain/moment';
import { BUILDER_TAGS, DAMAGER_TAGS, type TagId } from '../../../shared/domain/tags';
import { t } from '../text/main-text';
import type { WeekBuckets } from './week-buckets';

export interface TrendWeek {
  own: HelpHarm;
  witnessed: HelpHarm;
}

export interface Trend {
  /** One per bucket week, oldest first. */
  weeks: TrendWeek[];
  builders: TagSeries[];
  damagers: TagSeries[];
}

/**
 * Help and harm per week, own and witnessed apart, and how often each behaviour tag was
 * chosen on the user's own moments. `newestFirst` must be sorted newest first (as the moment
 * service keeps it): the scan stops at the first moment older than the first week.
 */
export function computeTrend(newestFirst: readonly Pick<Moment, 'occurredAt' | 'timeZone' | 'kind' | 'valence' | 'tags'>[], buckets: WeekBuckets): Trend {
  const weeks: TrendWeek[] = buckets.weeks.map(() => ({ own: { helped: 0, harmed: 0 }, witnessed: { helped: 0, harmed: 0 } }));
  const perTag = new Map<TagId, number[]>();
  const floor = buckets.scanFloorMs;
  for (const m of newestFirst) {
    const ms = Date.parse(m.occurredAt);
    if (ms < floor) break;
    const i = buckets.indexOf(ms, m.timeZone);
    if (i < 0) continue;
    const week = weeks[i]!;
    const counts = m.kind === 'own' ? week.own : week.witnessed;
    counts[m.valence]++;
    // Tags describe what the user did; witnessed moments describe someone else.
    if (m.kind !== 'own') continue;
    for (const tag of m.tags) {
      let series = perTag.get(tag);
      if (!series) perTag.set(tag, (series = new Array<number>(buckets.length).fill(0)));
      series[i]!++;
    }
  }
  const seriesOf = (tags: readonly { id: TagId }[]): TagSeries[] =>
    tags
      .map(({ id }) => {
        const perWeek = perTag.get(id) ?? new Array<number>(buckets.length).fill(0);
        return { tag: id, label: t(`common:tags.${id}`), total: perWeek.reduce((a, b) => a + b, 0), perWeek };
      })
      .filter((s) => s.total > 0)
      // Most used first; ties keep the order the tags are offered in.
      .sort((a, b) => b.total - a.total);
  return { weeks, builders: seriesOf(BUILDER_TAGS), damagers: seriesOf(DAMAGER_TAGS) };
}

/**
 * Help and harm in week `index` before `untilMs` only: last week "up to the same point" as
 * this one, for a like-with-like comparison. `newestFirst` as in computeTrend.
 */
export function countUntil(newestFirst: readonly Pick<Moment, 'occurredAt' | 'timeZone' | 'kind' | 'valence'>[], buckets: WeekBuckets, index: number, untilMs: number): TrendWeek {
  const week: TrendWeek = { own: { helped: 0, harmed: 0 }, witnessed: { helped: 0, harmed: 0 } };
  const floor = buckets.scanFloorMs;
  for (const m of newestFirst) {
    const ms = Date.parse(m.occurredAt);
    if (ms < floor) break;
    if (ms >= untilMs || buckets.indexOf(ms, m.timeZone) !== index) continue;
    (m.kind === 'own' ? week.own : week.witnessed)[m.valence]++;
  }
  return week;
}
