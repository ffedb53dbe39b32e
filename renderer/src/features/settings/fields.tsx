import type { TFunction } from 'i18next';
import { useCallback, useId, useState } from 'react';
import type { z } from 'zod';
import { issueText } from '../../../../shared/domain/validation';
import { windowT } from '../../i18n';

/** The first problem zod found, in the schema's own words. */
export function firstIssue(error: z.ZodError, t: TFunction<'settings'>): string {
  const issue = error.issues[0];
  return issue ? issueText(issue, windowT()) : t('fields.checkValue');
}

/**
 * The main process's answer to a field's change: null when it was saved, else its refusal in
 * plain words, shown next to the field until the next change.
 */
export function useFieldError(): [string | null, (saving: Promise<string | null>) => void] {
  const [error, setError] = useState<string | null>(null);
  const report = useCallback((saving: Promise<string | null>) => {
    setError(null);
    void saving.then(setError);
  }, []);
  return [error, report];
}

/** A 24-hour clock time ("HH:mm"), labelled. An incomplete time gives "" and is not saved. */
export function TimeInput(props: { label: string; value: string; invalid?: boolean; describedBy?: string; onValue: (value: string) => void }) {
  const id = useId();
  return (
    <span className="time-input">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        className="input input--time"
        type="time"
        step={60}
        value={props.value}
        aria-invalid={props.invalid ? true : undefined}
        aria-describedby={props.describedBy}
        onChange={(event) => props.onValue(event.target.value)}
      />
    </span>
  );
}
