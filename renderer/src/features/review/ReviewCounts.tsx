import { useTranslation } from 'react-i18next';
import type { ReviewDay } from '../../../../shared/domain/review-day';
import { formatNumber } from '../../../../shared/format/locale-format';
import { appLocale } from '../../locale';

type Counts = ReviewDay['counts']['day'];

/** Helps and harms side by side, for the day and the week: honest numbers, no score. */
export function ReviewCounts(props: { day: ReviewDay }) {
  const { t } = useTranslation(['review', 'common']);
  const { counts, builders, damagers } = props.day;
  const number = (n: number) => formatNumber(appLocale(), n);
  const line = (c: Counts) => t('counts.line', { count: c.helped, harmed: number(c.harmed) });
  const witnessed = (c: Counts) =>
    c.witnessedHelped + c.witnessedHarmed > 0 ? ` · ${t('counts.witnessed', { helped: number(c.witnessedHelped), harmed: number(c.witnessedHarmed) })}` : '';
  const tags = (list: ReviewDay['builders']) => list.map((b) => t('counts.tagCount', { tag: t(`common:tags.${b.tag}`), times: number(b.count) })).join(', ');
  return (
    <section className="card review-counts" aria-labelledby="counts-title">
      <h2 id="counts-title">{t('counts.title')}</h2>
      <dl className="facts">
        <dt>{props.day.isToday ? t('counts.today') : t('counts.thatDay')}</dt>
        <dd>
          {line(counts.day)}
          {witnessed(counts.day)}
        </dd>
        <dt>{t('counts.thatWeek')}</dt>
        <dd>
          {line(counts.week)}
          {witnessed(counts.week)}
        </dd>
        {builders.length > 0 && (
          <>
            <dt>{t('counts.builders')}</dt>
            <dd>{tags(builders)}</dd>
          </>
        )}
        {damagers.length > 0 && (
          <>
            <dt>{t('counts.damagers')}</dt>
            <dd>{tags(damagers)}</dd>
          </>
        )}
      </dl>
      <p className="field__hint">{t('counts.hint')}</p>
    </section>
  );
}
