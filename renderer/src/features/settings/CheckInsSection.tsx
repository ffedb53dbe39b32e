import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CoachSettingsSchema, WorkingHoursSchema, type CoachSettings } from '../../../../shared/domain/coach';
import type { Weekday } from '../../../../shared/domain/days';
import { CardBudgetField } from './CardBudgetField';
import { PauseControl } from './PauseControl';
import { QuietHoursEditor } from './QuietHoursEditor';
import { ReviewPromptField } from './ReviewPromptField';
import { useDraft } from './useDraft';
import { TimeInput, firstIssue, useFieldError } from './fields';
import { SettingsCard } from './SettingsCard';
import { DAYS, weekdayName } from '../../../../shared/domain/working-week';
import { FieldError } from '../../components/FieldError';
import { windowT } from '../../i18n';

export type SaveCoach = (change: Partial<CoachSettings>) => Promise<string | null>;

/** Settings → Check-ins: when the coach may speak up, and a way to try it. */
export function CheckInsSection(props: { headingId: string; coach: CoachSettings; onSave: (coach: CoachSettings) => Promise<string | null> }) {
  const { t } = useTranslation('settings');
  const { coach } = props;
  // Every change is checked with the same schema the main process applies, before it is sent.
  const save: SaveCoach = async (change) => {
    const parsed = CoachSettingsSchema.safeParse({ ...coach, ...change });
    if (!parsed.success) return firstIssue(parsed.error, t);
    return props.onSave(parsed.data);
  };

  return (
    <SettingsCard
      headingId={props.headingId}
      title={t('sections.check-ins')}
      description={t('checkIns.description')}
    >
      <PauseControl />
      <LeadTimeField value={coach.leadMinutes} onSave={(leadMinutes) => save({ leadMinutes })} />
      <WorkingDaysField value={coach.workingDays} onSave={(workingDays) => save({ workingDays })} />
      <WorkingHoursField value={coach.workingHours} onSave={(workingHours) => save({ workingHours })} />
      <QuietHoursEditor value={coach.quietHours} onSave={(quietHours) => save({ quietHours })} />
      <ReviewPromptField value={coach.reviewPrompt} onSave={(reviewPrompt) => save({ reviewPrompt })} />
      <CardBudgetField
        budget={coach.dailyCardBudget}
        muted={coach.mutedSeries}
        onSaveBudget={(dailyCardBudget) => save({ dailyCardBudget })}
        onSaveMuted={(mutedSeries) => save({ mutedSeries })}
      />
    </SettingsCard>
  );
}

function LeadTimeField(props: { value: number; onSave: (minutes: number) => Promise<string | null> }) {
  const { t } = useTranslation('settings');
  const id = useId();
  const [text, setText] = useDraft(String(props.value));
  const [serverError, report] = useFieldError();
  const parsed = CoachSettingsSchema.shape.leadMinutes.safeParse(text.trim() === '' ? NaN : Number(text));
  const error = parsed.success ? serverError : t('checkIns.leadTime.range');
  return (
    <div className="field settings-field">
      <label className="field__label" htmlFor={id}>
        {t('checkIns.leadTime.label')}
      </label>
      <div className="inline-field">
        <input
          id={id}
          className="input input--number"
          type="number"
          inputMode="numeric"
          min={0}
          max={15}
          step={1}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          onChange={(event) => {
            const next = event.target.value;
            setText(next);
            const value = CoachSettingsSchema.shape.leadMinutes.safeParse(next.trim() === '' ? NaN : Number(next));
            if (value.success) report(props.onSave(value.data));
          }}
        />
        <span>{t('checkIns.leadTime.unit')}</span>
      </div>
      <p id={`${id}-hint`} className="field__hint">
        {t('checkIns.leadTime.hint')}
      </p>
      <FieldError message={error} id={`${id}-error`} />
    </div>
  );
}

function WorkingDaysField(props: { value: Weekday[]; onSave: (days: Weekday[]) => Promise<string | null> }) {
  const { t } = useTranslation('settings');
  const [error, report] = useFieldError();
  const toggle = (day: Weekday, on: boolean) => {
    const next = DAYS.map((d) => d.value).filter((d) => (d === day ? on : props.value.includes(d)));
    report(props.onSave(next));
  };
  return (
    <fieldset className="settings-group settings-field">
      <legend className="field__label">{t('checkIns.workingDays.legend')}</legend>
      <div className="weekdays">
        {DAYS.map((day) => (
          <label key={day.value} className="check-option">
            <input type="checkbox" checked={props.value.includes(day.value)} onChange={(event) => toggle(day.value, event.target.checked)} />
            {weekdayName(day.value, windowT())}
          </label>
        ))}
      </div>
      {props.value.length === 0 && <p className="field__hint">{t('checkIns.workingDays.none')}</p>}
      <FieldError message={error} />
    </fieldset>
  );
}

function WorkingHoursField(props: { value: CoachSettings['workingHours']; onSave: (hours: CoachSettings['workingHours']) => Promise<string | null> }) {
  const { t } = useTranslation('settings');
  const [start, setStart] = useDraft(props.value.start);
  const [end, setEnd] = useDraft(props.value.end);
  const [serverError, report] = useFieldError();
  const parsed = WorkingHoursSchema.safeParse({ start, end });
  const error = parsed.success ? serverError : firstIssue(parsed.error, t);
  const change = (next: { start: string; end: string }) => {
    const valid = WorkingHoursSchema.safeParse(next);
    if (valid.success) report(props.onSave(valid.data));
  };
  return (
    <fieldset className="settings-group settings-field">
      <legend className="field__label">{t('checkIns.workingHours.legend')}</legend>
      <div className="inline-field">
        <TimeInput
          label={t('fields.from')}
          value={start}
          invalid={Boolean(error)}
          onValue={(value) => {
            setStart(value);
            change({ start: value, end });
          }}
        />
        <TimeInput
          label={t('fields.to')}
          value={end}
          invalid={Boolean(error)}
          onValue={(value) => {
            setEnd(value);
            change({ start, end: value });
          }}
        />
      </div>
      <p className="field__hint">{t('checkIns.workingHours.hint')}</p>
      <FieldError message={error} />
    </fieldset>
  );
}
