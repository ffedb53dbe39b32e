import { useId, useState } from 'react';
import { LIMITS } from '../../../../shared/domain/moment';
import type { Note } from '../../../../shared/domain/note';
import { call, errorMessage } from '../../api';
import { Dialog } from '../../components/Dialog';
import { FormActions } from '../../components/FormActions';

/** Write or edit a free-form note. Ctrl/Cmd+Enter saves. */
export function NoteDialog(props: { note: Note | null; onClose: () => void; onSaved: (message: string) => void }) {
  const [text, setText] = useState(props.note?.text ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const save = async () => {
    if (!text.trim()) return setError('Write something first.');
    setBusy(true);
    try {
      if (props.note) await call('notes.update', { id: props.note.id, text });
      else await call('notes.add', { text });
      props.onSaved(props.note ? 'Note updated.' : 'Note saved to your log.');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={props.note ? 'Edit note' : 'Write a note'} onClose={props.onClose}>
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
            Note
          </label>
          <textarea id={id} className="textarea" rows={6} autoFocus maxLength={LIMITS.noteChars} value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <FormActions
          error={error}
          onCancel={props.onClose}
          busy={busy}
          submit={
            <>
              Save <span className="kbd" aria-hidden="true">Ctrl+Enter</span>
            </>
          }
        />
      </form>
    </Dialog>
  );
}
