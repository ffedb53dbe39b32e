import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { MomentKind, Valence } from '../../../../shared/domain/moment';
import { LIMITS } from '../../../../shared/domain/moment-limits';
import type { TagId } from '../../../../shared/domain/tags';
import { describeZodError } from '../../../../shared/domain/validation';
import { FormActions } from '../../components/FormActions';
import { PeopleInput } from '../../components/PeopleInput';
import { TagPicker } from '../../components/TagPicker';
import { ValenceChoice } from '../../components/ValenceChoice';
import { isSaveKey, useSaveKeysLabel, valenceForKey } from '../../components/keyboard';
import { ApiError, errorMessage } from '../../api';
import { windowT } from '../../i18n';

export interface MomentDraft {
  kind: MomentKind;
  valence: Valence | null;
  tags: TagId[];
  people: string[];
  note: string;
}

export const EMPTY_DRAFT: MomentDraft = { kind: 'own', valence: null, tags: [], people: [], note: '' };

/**
 * The moment form used by the popup, the main window and the edit dialog. Keyboard-first:
 * Ctrl/Cmd+Enter saves from anywhere, Enter saves from the note (Shift+Enter for a new line);
 * Enter or Space on a chip only toggles it; 1 or 2 picks helped or harmed outside text fields.
 * It validates with the same schema the main process enforces, and shows the main
 * process's message if it still refuses.
 */
export function MomentForm(props: {
  draft: MomentDraft;
  onDraftChange: (draft: MomentDraft) => void;
  onSubmit: (draft: MomentDraft & { valence: Valence }) => Promise<void>;
  onCancel: () => void;
  submitLabel: string;
  autoFocus?: boolean;
  extraFields?: React.ReactNode;
}) {
  const { t } = useTranslation(['moment', 'common']);
  const saveKeys = useSaveKeysLabel();
  const ids = { kind: useId(), valence: useId(), people: useId(), note: useId(), peopleHint: useId(), error: useId() };
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const [busy, setBusy] = useState(false);
  const { draft } = props;
  const set = (patch: Partial<MomentDraft>) => {
    setError(null);
    props.onDraftChange({ ...draft, ...patch });
  };

  const submit = async () => {
    if (busy) return;
    // The schemas load on the first save, not with the popup: most of the popup's start-up
    // cost was building them.
    const { MomentInputSchema } = await import('../../../../shared/domain/moment');
    const check = MomentInputSchema.safeParse({ ...draft, valence: draft.valence ?? undefined, source: 'main-window' });
    if (!check.success || draft.valence === null) {
      setError(check.success ? { message: t('form.chooseValence'), fields: { valence: 'required' } } : describeZodError(check.error, windowT()));
      return;
    }
    setBusy(true);
    try {
      await props.onSubmit({ ...draft, valence: draft.valence });
    } catch (e) {
      setError({ message: errorMessage(e), fields: e instanceof ApiError ? e.fields : {} });
    } finally {
      setBusy(false);
    }
  };

  const onFormSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.nativeEvent.isComposing || event.defaultPrevented) return;
    const valence = valenceForKey(event);
    if (valence) {
      event.preventDefault();
      set({ valence });
      return;
    }
    if (event.key !== 'Enter') return;
    const inNote = (event.target as HTMLElement).tagName === 'TEXTAREA';
    if (isSaveKey(event) || (inNote && !event.shiftKey)) {
      event.preventDefault();
      void submit();
    }
  };

  const noteLeft = LIMITS.noteChars - draft.note.length;

  return (
    <form className="moment-form" onSubmit={onFormSubmit} onKeyDown={onKeyDown} noValidate aria-describedby={error ? ids.error : undefined}>
      <fieldset className="moment-form__section moment-form__kind">
        <legend className="visually-hidden" id={ids.kind}>
          {t('form.kindLegend')}
        </legend>
        <div className="segmented">
          <label className="segmented__option">
            <input type="radio" name={ids.kind} checked={draft.kind === 'own'} onChange={() => set({ kind: 'own' })} />
            <span>{t('form.own')}</span>
          </label>
          <label className="segmented__option">
            <input type="radio" name={ids.kind} checked={draft.kind === 'witnessed'} onChange={() => set({ kind: 'witnessed' })} />
            <span>{t('form.witnessed')}</span>
          </label>
        </div>
      </fieldset>

      <fieldset className="moment-form__section">
        <legend className="field__label" id={ids.valence}>
          {draft.kind === 'own' ? t('form.valenceOwn') : t('form.valenceWitnessed')}
        </legend>
        <ValenceChoice value={draft.valence} onChange={(valence) => set({ valence })} autoFocus={props.autoFocus} labelledBy={ids.valence} invalid={!!error?.fields.valence} />
      </fieldset>

      <fieldset className="moment-form__section">
        <legend className="field__label moment-form__tags-legend">{t('form.whatHappened')}</legend>
        <TagPicker value={draft.tags} onChange={(tags) => set({ tags })} />
      </fieldset>

      <div className="field moment-form__section">
        <span className="field__label" id={ids.people}>
          {draft.kind === 'own' ? t('form.withWhom') : t('form.whoWasInvolved')}
        </span>
        <PeopleInput value={draft.people} onChange={(people) => set({ people })} labelledBy={ids.people} describedBy={ids.peopleHint} />
        <span className="visually-hidden" id={ids.peopleHint}>
          {t('form.peopleHint')}
        </span>
      </div>

      <div className="field moment-form__section">
        <label className="field__label" htmlFor={ids.note}>
          <Trans t={t} i18nKey="form.note" components={{ muted: <span className="muted" /> }} />
        </label>
        <textarea
          id={ids.note}
          className="textarea"
          rows={2}
          value={draft.note}
          maxLength={LIMITS.noteChars}
          placeholder={t('form.notePlaceholder')}
          onChange={(e) => set({ note: e.target.value })}
        />
        {noteLeft < 200 && <span className="field__hint">{t('form.charactersLeft', { count: noteLeft })}</span>}
      </div>

      {props.extraFields}

      <FormActions
        error={error?.message ?? null}
        errorId={ids.error}
        onCancel={props.onCancel}
        busy={busy}
        cancel={
          <>
            {t('common:actions.cancel')} <span className="kbd" aria-hidden="true">{t('keys.esc')}</span>
          </>
        }
        submit={
          <>
            {busy ? t('common:status.saving') : props.submitLabel} <span className="kbd" aria-hidden="true">{saveKeys}</span>
          </>
        }
      />
    </form>
  );
}
