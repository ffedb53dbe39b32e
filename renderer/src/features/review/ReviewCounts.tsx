import type { ReviewDay } from '../../../../shared/domain/review-day';
import { tagLabel } from '../../../../shared/domain/tags';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Helps and harms side by side, for the day and the week: honest numbers, no score. */
export function ReviewCounts(props: { day: ReviewDay }) {
  const { counts, builders, damagers } = props.day;
  const line = (c: ReviewDay['counts']['day']) => `${plural(c.helped, 'moment helped', 'moments helped')}, ${plural(c.harmed, 'harmed', 'harmed')}`;
  const witnessed = (c: ReviewDay['counts']['day']) =>
    c.witnessedHelped + c.witnessedHarmed > 0 ? ` · witnessed: ${c.witnessedHelped} helped, ${c.witnessedHarmed} harmed` : '';
  return (
    <section className="card review-counts" aria-labelledby="counts-title">
      <h2 id="counts-title">By the numbers</h2>
      <dl className="facts">
        <dt>{props.day.isToday ? 'Today' : 'That day'}</dt>
        <dd>
          {line(counts.day)}
          {witnessed(counts.day)}
        </dd>
        <dt>That week</dt>
        <dd>
          {line(counts.week)}
          {witnessed(counts.week)}
        </dd>
        {builders.length > 0 && (
          <>
            <dt>Builders</dt>
            <dd>{builders.map((b) => `${tagLabel(b.tag)} ×${b.count}`).join(', ')}</dd>
          </>
        )}
        {damagers.length > 0 && (
          <>
            <dt>Damagers</dt>
            <dd>{damagers.map((d) => `${tagLabel(d.tag)} ×${d.count}`).join(', ')}</dd>
          </>
        )}
      </dl>
      <p className="field__hint">One harm is not cancelled by one help: both are worth a look.</p>
    </section>
  );
}
