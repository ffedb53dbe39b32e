import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { QuietWindowSchema, type QuietWindow } from '../../../../shared/domain/coach';
import { TimeInput, firstIssue, useFieldError } from './fields';
import { useDraft } from './useDraft';
import { FieldError } from '../../components/FieldError';

const MAX_WINDOWS = 10;

/** Quiet hours: any number of daily windows (up to ten), which may cross midnight (22:00 to 07:00). */
export function QuietHoursEditor(props: { value: QuietWindow[]; onSave: (windows: QuietWindow[]) => Promise<string | null> }) {
  const { t } = useTranslation('settings');
  const labelId = useId();
  const [error, report] = useFieldError();
  const replace = (index: number, window: QuietWindow) => props.onSave(props.value.map((w, i) => (i === index ? window : w)));
  const add = () => {
    const taken = new Set(props.value.map((w) => `${w.start}-${w.end}`));
    const next = taken.has('12:00-13:00') ? { start: '22:00', end: '07:00' } : { start: '12:00', end: '13:00' };
    report(props.onSave([...props.value, next]));
  };
  return (
    <div className="settings-field" role="group" aria-labelledby={labelId}>
      <p id={labelId} className="field__label">
        {t('quietHours.label')}
      </p>
      <p className="field__hint">{t('quietHours.hint')}</p>
      {props.value.length === 0 ? (
        <p className="muted quiet-hours__empty">{t('quietHours.none')}</p>
      ) : (
        <ul className="quiet-hours" aria-label={t('quietHours.label')}>
          {props.value.map((window, index) => (
            <QuietWindowRow key={index} number={index + 1} window={window} onSave={(w) => replace(index, w)} onRemove={() => report(props.onSave(props.value.filter((_, i) => i !== index)))} />
          ))}
        </ul>
      )}
      <div>
        <button type="button" className="button button--small" disabled={props.value.length >= MAX_WINDOWS} onClick={add}>
          {t('quietHours.add')}
        </button>
        {props.value.length >= MAX_WINDOWS && <span className="field__hint">{t('quietHours.max')}</span>}
      </div>
      <FieldError message={error} />
    </div>
  );
}

function QuietWindowRow(props: { number: number; window: QuietWindow; onSave: (window: QuietWindow) => Promise<string | null>; onRemove: () => void }) {
  const { t } = useTranslation('settings');
  const errorId = useId();
  const [start, setStart] = useDraft(props.window.start);
  const [end, setEnd] = useDraft(props.window.end);
  const [serverError, report] = useFieldError();
  const parsed = QuietWindowSchema.safeParse({ start, end });
  const error = parsed.success ? serverError : firstIssue(parsed.error, t);
  const change = (next: QuietWindow) => {
    const valid = QuietWindowSchema.safeParse(next);
    if (valid.success) report(props.onSave(valid.data));
  };
  const describedBy = error ? errorId : undefined;
  return (
    <li className="quiet-hours__row">
      <TimeInput
        label={t('fields.from')}
        value={start}
        invalid={Boolean(error)}
        describedBy={describedBy}
        onValue={(value) => {
          setStart(value);
          change({ start: value, end });
        }}
      />
      <TimeInput
        label={t('fields.to')}
        value={end}
        invalid={Boolean(error)}
        describedBy={describedBy}
        onValue={(value) => {
          setEnd(value);
          change({ start, end: value });
        }}
      />
      {start > end && end !== '' && <span className="field__hint">{t('quietHours.overnight')}</span>}
      <button type="button" className="button button--small button--ghost" aria-label={t('quietHours.removeLabel', { start: props.window.start, end: props.window.end })} onClick={props.onRemove}>
        {t('quietHours.remove')}
      </button>
      {error && (
        <p id={errorId} className="field__error quiet-hours__error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
