import type { PersonHistory } from '../../../../shared/domain/insights';
import { TagList } from '../../components/TagList';
import { ValenceBadge } from '../../components/ValenceBadge';
import { useTranslation } from 'react-i18next';
import { instantDate, instantDateTime } from './format';

/** Every moment with one person, newest first, notes included. */
export function PersonHistoryList(props: { history: PersonHistory; timeZone: string }) {
  const { t } = useTranslation('insights');
  const h = props.history;
  if (h.total === 0) {
    return <p className="muted">{t('person.noMoments', { name: h.name })}</p>;
  }
  const counts = { count: h.total, helped: h.own.helped, harmed: h.own.harmed, witnessedHelped: h.witnessed.helped, witnessedHarmed: h.witnessed.harmed };
  return (
    <>
      <p className="person__summary">
        {h.witnessed.helped + h.witnessed.harmed > 0 ? t('person.summaryWitnessed', counts) : t('person.summary', counts)}{' '}
        {h.lastPositiveAt ? t('person.lastHelped', { date: instantDate(h.lastPositiveAt, props.timeZone) }) : t('person.noHelped')}
      </p>
      <ol className="person__moments">
        {h.moments.map((m) => (
          <li key={m.id} className="person__moment" data-valence={m.valence}>
            <div className="person__meta">
              <time dateTime={m.occurredAt}>{instantDateTime(m.occurredAt, m.timeZone)}</time>
              {m.kind === 'witnessed' && <span className="badge badge--witnessed">{t('person.witnessed')}</span>}
              <ValenceBadge valence={m.valence} />
              {m.meetingTitle && <span className="muted">· {m.meetingTitle}</span>}
              {m.loggedAs.toLocaleLowerCase() !== h.name.toLocaleLowerCase() && <span className="muted">· {t('person.loggedAs', { name: m.loggedAs })}</span>}
            </div>
            <TagList tags={m.tags} />
            {m.note && <p className="entry__note">{m.note}</p>}
          </li>
        ))}
      </ol>
      {h.total > h.moments.length && <p className="muted">{t('person.showing', { shown: h.moments.length, total: h.total })}</p>}
    </>
  );
}
