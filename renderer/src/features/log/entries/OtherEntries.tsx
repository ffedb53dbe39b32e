import { Trans, useTranslation } from 'react-i18next';
import { reviewPromptText, type ReviewPromptId } from '../../../../../shared/domain/review';
import englishCoach from '../../../../../shared/i18n/en/coach';
import { intentionText } from '../../../../../shared/domain/checkin';
import type { LogEntry } from '../../../../../shared/domain/log';
import { EntryActions } from './EntryActions';
import { PersonLinks } from './PersonLinks';
import { formatDay, formatTime } from '../../../../../shared/format/locale-format';
import { appLocale } from '../../../locale';
import { windowT } from '../../../i18n';

type Of<K extends LogEntry['kind']> = Extract<LogEntry, { kind: K }>;

export function IntentionEntry(props: { entry: Of<'intention'>; onDelete: () => void }) {
  const { t } = useTranslation('log');
  const { meeting, intention } = props.entry;
  const time = formatTime(appLocale(), meeting.start, props.entry.timeZone);
  const label = t('intention.label', { title: meeting.title });
  return (
    <article className="entry entry--quiet" aria-label={label}>
      <time className="entry__time" dateTime={meeting.start}>
        {time}
      </time>
      <div className="entry__body">
        <div className="entry__headline">
          <span className="badge badge--kind">{t('intention.badge')}</span>
          <span className="entry__people">{meeting.title}</span>
        </div>
        <p className="entry__note">{intentionText(intention, windowT())}</p>
      </div>
      <EntryActions label={label} onDelete={props.onDelete} />
    </article>
  );
}

export function NoteEntry(props: { entry: Of<'note'>; onEdit: () => void; onDelete: () => void }) {
  const { t } = useTranslation('log');
  const { note } = props.entry;
  const time = formatTime(appLocale(), note.occurredAt, note.timeZone);
  const label = t('note.label', { time });
  return (
    <article className="entry entry--quiet" aria-label={label}>
      <time className="entry__time" dateTime={note.occurredAt}>
        {time}
      </time>
      <div className="entry__body">
        <div className="entry__headline">
          <span className="badge badge--kind">{t('note.badge')}</span>
        </div>
        <p className="entry__note">{note.text}</p>
      </div>
      <EntryActions label={label} onEdit={props.onEdit} onDelete={props.onDelete} />
    </article>
  );
}

export function FollowUpEntry(props: {
  entry: Of<'follow-up'>;
  onStatus: (status: 'open' | 'done' | 'dropped' | 'later') => void;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation('log');
  const { followUp: f } = props.entry;
  const time = formatTime(appLocale(), f.createdAt, props.entry.timeZone);
  const label = t(f.repair ? 'followUp.repairLabel' : 'followUp.label', { text: f.text });
  const later = f.status === 'open' && f.notBefore;
  return (
    <article className="entry entry--quiet" data-status={f.status} aria-label={label}>
      <time className="entry__time" dateTime={f.createdAt}>
        {time}
      </time>
      <div className="entry__body">
        <div className="entry__headline">
          <span className="badge badge--kind">{f.repair ? t('followUp.repair') : t('followUp.followUp')}</span>
          <span className="badge" data-status={f.status}>
            {later ? t('followUp.later', { day: formatDay(appLocale(), later, 'dayMonthShort') }) : t(`followUp.status.${f.status}`)}
          </span>
          {f.person && (
            <span className="entry__people">
              <Trans t={t} i18nKey="entry.withPeople" components={{ people: <PersonLinks people={[f.person]} /> }} />
            </span>
          )}
        </div>
        <p className="entry__note">{f.text}</p>
      </div>
      <EntryActions label={label} onEdit={props.onEdit} onDelete={props.onDelete}>
        {f.status === 'open' ? (
          <button type="button" className="button button--small" onClick={() => props.onStatus('done')} aria-label={t('followUp.markDoneLabel', { text: f.text })}>
            {t('followUp.markDone')}
          </button>
        ) : (
          <button type="button" className="button button--ghost button--small" onClick={() => props.onStatus('open')} aria-label={t('followUp.reopenLabel', { text: f.text })}>
            {t('followUp.reopen')}
          </button>
        )}
      </EntryActions>
    </article>
  );
}

/**
 * A review's question in the window's language while it is still asked in the words it was
 * answered to; a question since reworded shows as it was asked (the answer kept it for that).
 */
function useQuestionText(): (promptId: ReviewPromptId, asked: string) => string {
  const { t } = useTranslation('coach');
  return (promptId, asked) => (englishCoach.reviewPrompts[promptId] === asked ? reviewPromptText(promptId, t) : asked);
}

export function ReviewEntry(props: { entry: Of<'review'>; onOpen: () => void; onDelete: () => void }) {
  const { t } = useTranslation('log');
  const { review } = props.entry;
  const day = formatDay(appLocale(), review.day, 'dayMonthYear');
  const label = t('review.label', { day });
  const questionText = useQuestionText();
  return (
    <article className="entry entry--quiet" aria-label={label}>
      <span className="entry__time" aria-hidden="true">
        ★
      </span>
      <div className="entry__body">
        <div className="entry__headline">
          <span className="badge badge--kind">{review.completedAt ? t('review.completed') : t('review.draft')}</span>
          {review.mood !== null && <span className="muted">{t('review.mood', { value: review.mood })}</span>}
          {review.energy !== null && <span className="muted">{t('review.energy', { value: review.energy })}</span>}
        </div>
        {review.answers.map((a) => (
          <div key={a.promptId} className="entry__qa">
            <p className="muted">{questionText(a.promptId, a.question)}</p>
            <p className="entry__note">{a.answer}</p>
          </div>
        ))}
        {review.tomorrowIntention && (
          <p className="entry__intention">
            <Trans t={t} i18nKey="review.tomorrow" values={{ intention: intentionText(review.tomorrowIntention, windowT()) }} components={{ q: <q /> }} />
          </p>
        )}
      </div>
      <EntryActions label={label} onDelete={props.onDelete}>
        <button type="button" className="button button--ghost button--small" onClick={props.onOpen} aria-label={t('review.openLabel', { day })}>
          {t('review.open')}
        </button>
      </EntryActions>
    </article>
  );
}
