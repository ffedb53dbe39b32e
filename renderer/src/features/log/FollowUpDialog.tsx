import { useId, useState } from 'react';
import { FOLLOW_UP_TEXT_MAX, type FollowUp } from '../../../../shared/domain/followup';
import { LIMITS } from '../../../../shared/domain/moment';
import { call, errorMessage } from '../../api';
import { Dialog } from '../../components/Dialog';
import { FormActions } from '../../components/FormActions';

/** Add or edit a follow-up: what to do, and for whom. */
export function FollowUpDialog(props: { followUp: FollowUp | null; onClose: () => void; onSaved: (message: string) => void }) {
  const [text, setText] = useState(props.followUp?.text ?? '');
  const [person, setPerson] = useState(props.followUp?.person ?? '');
  const [error, setError] = useState<string | null>(null);
  const ids = { text: useId(), person: useId() };
  const save = async () => {
    if (!text.trim()) return setError('Say what to follow up on.');
    try {
      const who = person.trim() || null;
      if (props.followUp) await call('followUps.edit', { id: props.followUp.id, text, person: who });
      else await call('followUps.add', { text, person: who, repair: false });
      props.onSaved(props.followUp ? 'Follow-up updated.' : 'Follow-up added.');
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <Dialog title={props.followUp ? 'Edit follow-up' : 'Add a follow-up'} onClose={props.onClose}>
      <form
        className="moment-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor={ids.text}>
            What to do
          </label>
          <input id={ids.text} className="input" autoFocus maxLength={FOLLOW_UP_TEXT_MAX} value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.person}>
            For whom <span className="muted">(optional)</span>
          </label>
          <input id={ids.person} className="input" maxLength={LIMITS.personChars} value={person} onChange={(e) => setPerson(e.target.value)} />
        </div>
        <FormActions error={error} onCancel={props.onClose} submit="Save" />
      </form>
    </Dialog>
  );
}
