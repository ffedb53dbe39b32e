import { Trans, useTranslation } from 'react-i18next';
import type { LogEntry } from '../../../../../shared/domain/log';
import { intentionText } from '../../../../../shared/domain/checkin';
import { TagList } from '../../../components/TagList';
import { ValenceBadge } from '../../../components/ValenceBadge';
import { EntryActions } from './EntryActions';
import { PersonLinks } from './PersonLinks';
import { formatTime } from '../../../../../shared/format/locale-format';
import { appLocale } from '../../../locale';
import { windowT } from '../../../i18n';

/** The label's key: the outcome, and whether the people were with the user or only involved. */
const LABEL = {
  own: { helped: 'moment.label.helpedWith', harmed: 'moment.label.harmedWith' },
  witnessed: { helped: 'moment.label.helpedInvolving', harmed: 'moment.label.harmedInvolving' },
} as const;

/** One moment, readable at a glance: when, helped or harmed, what, with whom, the note. */
export function MomentEntry(props: { entry: Extract<LogEntry, { kind: 'moment' }>; onEdit: () => void; onDelete: () => void }) {
  const { t } = useTranslation('log');
  const { moment: m, intention, kept } = props.entry;
  // Who the written names mean (merges, the calendar's names); as written when the log does not say.
  const people = props.entry.people ?? m.people;
  const time = formatTime(appLocale(), m.occurredAt, m.timeZone);
  const outcome = m.people.length ? t(LABEL[m.kind][m.valence], { time, people: people.join(', ') }) : t(`moment.label.${m.valence}`, { time });
  const label = m.kind === 'witnessed' ? t('moment.label.witnessed', { label: outcome }) : outcome;
  const links = <PersonLinks people={people} written={m.people} />;
  return (
    <article className="entry" data-valence={m.valence} aria-label={label}>
      <time className="entry__time" dateTime={m.occurredAt}>
        {time}
      </time>
      <div className="entry__body">
        <div className="entry__headline">
          {m.kind === 'witnessed' && <span className="badge badge--witnessed">{t('entry.witnessed')}</span>}
          <ValenceBadge valence={m.valence} />
          {m.people.length > 0 && (
            <span className="entry__people">
              <Trans t={t} i18nKey={m.kind === 'own' ? 'entry.withPeople' : 'entry.involvingPeople'} components={{ people: links }} />
            </span>
          )}
          {m.meeting && <span className="entry__meeting muted">· {m.meeting.title}</span>}
        </div>
        {intention && (
          <p className="entry__intention muted">
            <Trans t={t} i18nKey={kept ? `moment.intentionKept.${kept}` : 'moment.intention'} values={{ intention: intentionText(intention, windowT()) }} components={{ q: <q /> }} />
          </p>
        )}
        <TagList tags={m.tags} />
        {m.note && <p className="entry__note">{m.note}</p>}
      </div>
      <EntryActions label={label} onEdit={props.onEdit} onDelete={props.onDelete} />
    </article>
  );
}
