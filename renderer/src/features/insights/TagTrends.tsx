import { useTranslation } from 'react-i18next';
import type { TagSeries } from '../../../../shared/domain/insights';
import { weekRange } from './format';

const SHOWN = 5;

/** One behaviour's weeks as small bars: a glance at when it came up. The numbers are in the text beside it. */
function Spark(props: { series: TagSeries; max: number }) {
  return (
    <span className="spark" aria-hidden="true">
      {props.series.perWeek.map((count, i) => (
        <span key={i} className="spark__bar" style={{ height: `${count === 0 ? 0 : Math.max(12, (count / props.max) * 100)}%` }} />
      ))}
    </span>
  );
}

function TagList(props: { title: string; kind: 'builder' | 'damager'; series: TagSeries[]; weeks: string[]; empty: string }) {
  const { t } = useTranslation(['insights', 'common']);
  const top = props.series.slice(0, SHOWN);
  const max = Math.max(1, ...top.flatMap((s) => s.perWeek));
  const first = props.weeks[0];
  const last = props.weeks.at(-1);
  return (
    <section className="tags" data-kind={props.kind} aria-labelledby={`tags-${props.kind}`}>
      <h3 id={`tags-${props.kind}`} className="tags__title">
        {props.title}
      </h3>
      {top.length === 0 ? (
        <p className="muted">{props.empty}</p>
      ) : (
        <ol className="tags__list">
          {top.map((s) => (
            <li key={s.tag} className="tags__row">
              <span className="tags__label">{t(`common:tags.${s.tag}`)}</span>
              <span className="tags__total">{s.total}×</span>
              <Spark series={s} max={max} />
              <span className="visually-hidden">
                {t('tags.perWeek', { first: first ? weekRange(first) : '', last: last ? weekRange(last) : '', counts: s.perWeek.join(', '), current: s.perWeek.at(-1) ?? 0 })}
              </span>
            </li>
          ))}
        </ol>
      )}
      {props.series.length > SHOWN && <p className="muted tags__more">{t('tags.more', { count: props.series.length - SHOWN })}</p>}
    </section>
  );
}

/** The behaviours tagged on the user's own moments, most frequent first, with their weeks. */
export function TagTrends(props: { builders: TagSeries[]; damagers: TagSeries[]; weeks: string[] }) {
  const { t } = useTranslation(['insights', 'common']);
  return (
    <div className="tags-grid">
      <TagList title={t('tags.builders')} kind="builder" series={props.builders} weeks={props.weeks} empty={t('tags.noBuilders')} />
      <TagList title={t('tags.damagers')} kind="damager" series={props.damagers} weeks={props.weeks} empty={t('tags.noDamagers')} />
    </div>
  );
}
