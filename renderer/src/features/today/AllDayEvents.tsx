import { useTranslation } from 'react-i18next';
import type { AllDayEvent } from '../../../../shared/domain/calendar';
import { addDays } from '../../../../shared/domain/days';
import { formatDayRange } from '../../../../shared/format/locale-format';
import { ColorSwatch } from '../../components/ColorSwatch';
import { appLocale } from '../../locale';

interface Source {
  name: string;
  color: string;
}

/**
 * The day's all-day events (a colleague's out-of-office, a holiday, an offsite) in a small
 * section of their own: part of the day's picture, never meetings, so they get no card.
 */
export function AllDayEvents(props: { events: readonly AllDayEvent[]; sources: ReadonlyMap<string, Source> }) {
  const { t } = useTranslation('today');
  if (props.events.length === 0) return null;
  return (
    <section className="all-day" aria-labelledby="all-day-title">
      <h2 id="all-day-title" className="all-day__title">
        {t('allDay.title')}
      </h2>
      <ul className="all-day__list">
        {props.events.map((event) => {
          const source = props.sources.get(event.sourceId);
          const lastDay = addDays(event.end, -1);
          return (
            <li key={event.id} className="all-day__item" style={{ ['--source-color' as string]: source?.color ?? 'var(--border)' }}>
              <span className="all-day__name">{event.title || t('allDay.untitled')}</span>
              {lastDay > event.start && <span className="all-day__days">{formatDayRange(appLocale(), event.start, lastDay, 'weekdayShortDayMonth')}</span>}
              <span className="all-day__source">
                <ColorSwatch color={source?.color ?? '#888888'} />
                {source?.name ?? t('meetings.calendar')}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
