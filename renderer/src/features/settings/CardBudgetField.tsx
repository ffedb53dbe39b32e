import { useId } from 'react';
import type { MutedSeries } from '../../../../shared/domain/card-policy';
import { CoachSettingsSchema } from '../../../../shared/domain/coach';
import { FieldError } from '../../components/FieldError';
import { useDraft } from './useDraft';
import { useFieldError } from './fields';

/** Settings → Check-ins: at most so many cards a day, and the series the user asked not to be asked about. */
export function CardBudgetField(props: {
  budget: number;
  muted: MutedSeries[];
  onSaveBudget: (budget: number) => Promise<string | null>;
  onSaveMuted: (muted: MutedSeries[]) => Promise<string | null>;
}) {
  const id = useId();
  const [text, setText] = useDraft(String(props.budget));
  const [serverError, report] = useFieldError();
  const [mutedError, reportMuted] = useFieldError();
  const schema = CoachSettingsSchema.shape.dailyCardBudget;
  const parsed = schema.safeParse(text.trim() === '' ? NaN : Number(text));
  const error = parsed.success ? serverError : 'Choose from 1 to 30 cards.';
  return (
    <div className="field settings-field">
      <label className="field__label" htmlFor={id}>
        Cards a day, at most
      </label>
      <div className="inline-field">
        <input
          id={id}
          className="input input--number"
          type="number"
          inputMode="numeric"
          min={1}
          max={30}
          step={1}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          onChange={(event) => {
            const next = event.target.value;
            setText(next);
            const value = schema.safeParse(next.trim() === '' ? NaN : Number(next));
            if (value.success) report(props.onSaveBudget(value.data));
          }}
        />
        <span>before and after meetings (the review is not counted)</span>
      </div>
      <p id={`${id}-hint`} className="field__hint">
        1:1s and small meetings come first. Meetings of more than eight people and daily meetings (a stand-up) get one card a week, after the
        first one. The day’s review lists what was held back.
      </p>
      <FieldError message={error} id={`${id}-error`} />
      {props.muted.length > 0 && (
        <div className="own-address-suggestions" role="group" aria-label="Series you are not asked about">
          <p className="field__label">Not asked about</p>
          <ul className="own-address-suggestions__list">
            {props.muted.map((series) => (
              <li key={series.key}>
                <span>{series.title || 'Untitled series'}</span>
                <button type="button" className="button button--small" onClick={() => reportMuted(props.onSaveMuted(props.muted.filter((s) => s.key !== series.key)))}>
                  Ask again
                </button>
              </li>
            ))}
          </ul>
          <FieldError message={mutedError} />
        </div>
      )}
    </div>
  );
}
