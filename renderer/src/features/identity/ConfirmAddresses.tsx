import { useId, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { OwnAddressSuggestion } from '../../../../shared/domain/own-addresses';
import { FieldError } from '../../components/FieldError';
import { foundText } from './useOwnAddressSuggestions';

const EMAIL = /^[^\s@]+@[^\s@]+$/;

export interface AddressChoice {
  /** The addresses the user keeps as theirs. */
  emails: string[];
  /** Every address that was on offer (those not kept are not suggested again). */
  offered: string[];
}

/**
 * The first-run summary's "Is this you?": the addresses the calendars suggest, ticked, and a
 * field for one more. Ticks are kept as "unticked" so an address the calendar finds while the
 * summary is open arrives ticked.
 */
export function ConfirmAddresses(props: {
  candidates: string[];
  suggestions: readonly OwnAddressSuggestion[];
  unticked: ReadonlySet<string>;
  extra: string[];
  onChange: (unticked: Set<string>, extra: string[]) => void;
}) {
  const { t } = useTranslation('onboarding');
  const ids = { heading: useId(), field: useId() };
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const all = [...props.candidates, ...props.extra];
  const add = () => {
    const value = text.trim();
    if (!EMAIL.test(value)) return setProblem(t('addresses.invalid'));
    if (all.some((e) => e.toLocaleLowerCase() === value.toLocaleLowerCase())) return setProblem(t('addresses.duplicate', { email: value }));
    setProblem(null);
    setText('');
    props.onChange(new Set(props.unticked), [...props.extra, value]);
  };
  return (
    <fieldset className="confirm-addresses" aria-labelledby={ids.heading}>
      <legend id={ids.heading} className="field__label">
        {t('addresses.legend')}
      </legend>
      <p className="field__hint">
        {all.length > 0 ? t('addresses.hint') : t('addresses.hintNone')}
      </p>
      {all.length > 0 && (
        <ul className="confirm-addresses__list">
          {all.map((email) => {
            const why = foundText(t, props.suggestions, email);
            return (
              <li key={email}>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={!props.unticked.has(email)}
                    onChange={(e) => {
                      const next = new Set(props.unticked);
                      if (e.target.checked) next.delete(email);
                      else next.add(email);
                      props.onChange(next, props.extra);
                    }}
                  />
                  <span>
                    <Trans t={t} i18nKey="addresses.mine" values={{ email }} components={{ strong: <strong /> }} />
                    {why && <span className="muted"> — {why}</span>}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
      <div className="confirm-addresses__add">
        <label className="visually-hidden" htmlFor={ids.field}>
          {t('addresses.another')}
        </label>
        <input
          id={ids.field}
          className="input"
          type="email"
          placeholder={t('addresses.placeholder')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" className="button" onClick={add}>
          {t('addresses.add')}
        </button>
      </div>
      <FieldError message={problem} />
    </fieldset>
  );
}

/** The addresses to offer: the ones already kept first, then what the calendars suggest. */
export function addressCandidates(userEmails: readonly string[], suggestions: readonly OwnAddressSuggestion[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const email of [...userEmails, ...suggestions.map((s) => s.email)]) {
    const key = email.trim().toLocaleLowerCase();
    if (key && !seen.has(key)) {
      seen.add(key);
      result.push(email.trim());
    }
  }
  return result;
}

export function chosenAddresses(candidates: readonly string[], unticked: ReadonlySet<string>, extra: readonly string[]): AddressChoice {
  return { emails: [...candidates.filter((e) => !unticked.has(e)), ...extra], offered: [...candidates, ...extra] };
}
