import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ReviewPromptSettingsSchema, type CoachSettings } from '../../../../shared/domain/coach';
import { TimeInput, firstIssue, useFieldError } from './fields';
import { useDraft } from './useDraft';
import { FieldError } from '../../components/FieldError';

type ReviewPrompt = CoachSettings['reviewPrompt'];

/** The end-of-day review: at a fixed time, or shortly after the day's last meeting. */
export function ReviewPromptField(props: { value: ReviewPrompt; onSave: (review: ReviewPrompt) => Promise<string | null> }) {
  const { t } = useTranslation('settings');
  const { value } = props;
  const name = useId();
  const minutesId = useId();
  const errorId = useId();
  const [time, setTime] = useDraft(value.time);
  const [minutes, setMinutes] = useDraft(String(value.afterLastMeetingMinutes));
  const [serverError, report] = useFieldError();
  const candidate = { ...value, time, afterLastMeetingMinutes: minutes.trim() === '' ? NaN : Number(minutes) };
  const parsed = ReviewPromptSettingsSchema.safeParse(candidate);
  const error = parsed.success ? serverError : readable(parsed.error, t);
  const change = (next: ReviewPrompt) => {
    const valid = ReviewPromptSettingsSchema.safeParse(next);
    if (valid.success) report(props.onSave(valid.data));
  };
  const describedBy = error ? errorId : undefined;

  return (
    <fieldset className="settings-group settings-field">
      <legend className="field__label">{t('review.legend')}</legend>
      <p className="field__hint">{t('review.hint')}</p>
      <label className="radio">
        <input type="radio" name={name} checked={value.mode === 'fixed'} onChange={() => change({ ...value, mode: 'fixed' })} />
        {t('review.fixed')}
      </label>
      <label className="radio">
        <input type="radio" name={name} checked={value.mode === 'after-last-meeting'} onChange={() => change({ ...value, mode: 'after-last-meeting' })} />
        {t('review.afterLastMeeting')}
      </label>
      <div className="review-times">
        {value.mode === 'after-last-meeting' && (
          <span className="inline-field">
            <input
              id={minutesId}
              className="input input--number"
              type="number"
              inputMode="numeric"
              min={0}
              max={120}
              value={minutes}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
              onChange={(event) => {
                setMinutes(event.target.value);
                change({ ...value, afterLastMeetingMinutes: event.target.value.trim() === '' ? NaN : Number(event.target.value) });
              }}
            />
            <label htmlFor={minutesId}>{t('review.minutesAfter')}</label>
          </span>
        )}
        <TimeInput
          label={value.mode === 'fixed' ? t('review.reviewAt') : t('review.at')}
          value={time}
          invalid={Boolean(error)}
          describedBy={describedBy}
          onValue={(next) => {
            setTime(next);
            change({ ...value, time: next });
          }}
        />
      </div>
      <FieldError message={error} id={errorId} />
    </fieldset>
  );
}

function readable(error: Parameters<typeof firstIssue>[0], t: TFunction<'settings'>): string {
  const issue = error.issues[0];
  if (issue?.path[0] === 'afterLastMeetingMinutes') return t('review.range');
  return firstIssue(error, t);
}
