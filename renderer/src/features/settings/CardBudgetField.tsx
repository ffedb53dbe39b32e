import { useId } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('settings');
  const id = useId();
  const [text, setText] = useDraft(String(props.budget));
  const [serverError, report] = useFieldError();
  const [mutedError, reportMuted] = useFieldError();
  const schema = CoachSettingsSchema.shape.dailyCardBudget;
  const parsed = schema.safeParse(text.trim() === '' ? NaN : Number(text));
  const error = parsed.success ? serverError : t('checkIns.budget.range');
  return (
    <div className="field settings-field">
      <label className="field__label" htmlFor={id}>
        {t('checkIns.budget.label')}
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
        <span>{t('checkIns.budget.unit')}</span>
      </div>
      <p id={`${id}-hint`} className="field__hint">
        {t('checkIns.budget.hint')}
      </p>
      <FieldError message={error} id={`${id}-error`} />
      {props.muted.length > 0 && (
        <div className="own-address-suggestions" role="group" aria-label={t('checkIns.budget.mutedGroup')}>
          <p className="field__label">{t('checkIns.budget.mutedTitle')}</p>
          <ul className="own-address-suggestions__list">
            {props.muted.map((series) => (
              <li key={series.key}>
                <span>{series.title || t('checkIns.budget.untitled')}</span>
                <button type="button" className="button button--small" onClick={() => reportMuted(props.onSaveMuted(props.muted.filter((s) => s.key !== series.key)))}>
                  {t('checkIns.budget.askAgain')}
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
