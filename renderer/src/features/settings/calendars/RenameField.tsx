import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarCommands } from '../../../../../shared/contract/calendar';
import { errorMessage } from '../../../api';

const NameSchema = calendarCommands['calendar.rename'].input.shape.name;

/** The calendar's name as a heading, renamed in place: Enter or Save keeps it, Esc or Cancel drops it. */
export function RenameField(props: { id: string; name: string; onRename: (name: string) => Promise<unknown> }) {
  const { t } = useTranslation(['settingsCalendars', 'common']);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    if (draft === null) return;
    const parsed = NameSchema.safeParse(draft);
    if (!parsed.success) return setError(parsed.error.issues[0]?.code === 'too_big' ? t('add.nameTooLong') : t('rename.empty'));
    if (parsed.data === props.name) return setDraft(null);
    setSaving(true);
    try {
      await props.onRename(parsed.data);
      setDraft(null);
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  if (draft === null) {
    return (
      <div className="rename">
        <h3 id={props.id} className="source__name">
          {props.name}
        </h3>
        <button type="button" className="button button--small button--ghost" aria-label={t('rename.buttonLabel', { name: props.name })} onClick={() => setDraft(props.name)}>
          {t('rename.button')}
        </button>
      </div>
    );
  }
  return (
    <div className="rename rename--editing">
      <h3 id={props.id} className="visually-hidden">
        {props.name}
      </h3>
      <label className="visually-hidden" htmlFor={`${props.id}-input`}>
        {t('rename.newName', { name: props.name })}
      </label>
      <input
        id={`${props.id}-input`}
        className="input rename__input"
        value={draft}
        maxLength={200}
        autoFocus
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${props.id}-error` : undefined}
        onChange={(event) => {
          setDraft(event.target.value);
          setError(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            void save();
          }
          if (event.key === 'Escape') {
            event.preventDefault();
            setDraft(null);
            setError(null);
          }
        }}
      />
      <button type="button" className="button button--small button--primary" disabled={saving} onClick={() => void save()}>
        {t('rename.save')}
      </button>
      <button
        type="button"
        className="button button--small button--ghost"
        onClick={() => {
          setDraft(null);
          setError(null);
        }}
      >
        {t('common:actions.cancel')}
      </button>
      {error && (
        <p id={`${props.id}-error`} className="field__error rename__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
