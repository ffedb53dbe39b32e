import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../shared/domain/moment';
import type { Note } from '../../../../shared/domain/note';
import { call, errorMessage } from '../../api';
import { Dialog } from '../../components/Dialog';
import { FormActions } from '../../components/FormActions';

/** Write or edit a free-form note. Ctrl/Cmd+Enter saves. */
export function NoteDialog(props: { note: Note | null; onClose: () => void; onSaved: (message: string) => void }) {
  const { t } = useTranslation(['log', 'common']);
  const [text, setText] = useState(props.note?.text ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const save = async () => {
    if (!text.trim()) return setError(t('noteDialog.empty'));
    setBusy(true);
    try {
      if (props.note) await call('notes.update', { id: props.note.id, text });
      else await call('notes.add', { text });
      props.onSaved(props.note ? t('noteDialog.updated') : t('noteDialog.saved'));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={props.note ? t('noteDialog.edit') : t('noteDialog.write')} onClose={props.onClose}>
      <form
        className="moment-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void save();
          }
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor={id}>
            {t('noteDialog.field')}
          </label>
          <textarea id={id} className="textarea" rows={6} autoFocus maxLength={LIMITS.noteChars} value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <FormActions
          error={error}
          onCancel={props.onClose}
          busy={busy}
          submit={
            <>
              {t('common:actions.save')}{' '}
              <span className="kbd" aria-hidden="true">
                {t('noteDialog.shortcut')}
              </span>
            </>
          }
        />
      </form>
    </Dialog>
  );
}
