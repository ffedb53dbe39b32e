import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FOLLOW_UP_TEXT_MAX, type FollowUp } from '../../../../shared/domain/followup';
import { LIMITS } from '../../../../shared/domain/moment';
import { call, errorMessage } from '../../api';
import { Dialog } from '../../components/Dialog';
import { FormActions } from '../../components/FormActions';

/** Add or edit a follow-up: what to do, and for whom. */
export function FollowUpDialog(props: { followUp: FollowUp | null; onClose: () => void; onSaved: (message: string) => void }) {
  const { t } = useTranslation(['log', 'common']);
  const [text, setText] = useState(props.followUp?.text ?? '');
  const [person, setPerson] = useState(props.followUp?.person ?? '');
  const [error, setError] = useState<string | null>(null);
  const ids = { text: useId(), person: useId() };
  const save = async () => {
    if (!text.trim()) return setError(t('followUpDialog.empty'));
    try {
      const who = person.trim() || null;
      if (props.followUp) await call('followUps.edit', { id: props.followUp.id, text, person: who });
      else await call('followUps.add', { text, person: who, repair: false });
      props.onSaved(props.followUp ? t('followUpDialog.updated') : t('followUpDialog.added'));
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <Dialog title={props.followUp ? t('followUpDialog.edit') : t('followUpDialog.add')} onClose={props.onClose}>
      <form
        className="moment-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor={ids.text}>
            {t('followUpDialog.what')}
          </label>
          <input id={ids.text} className="input" autoFocus maxLength={FOLLOW_UP_TEXT_MAX} value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.person}>
            {t('followUpDialog.forWhom')} <span className="muted">{t('followUpDialog.optional')}</span>
          </label>
          <input id={ids.person} className="input" maxLength={LIMITS.personChars} value={person} onChange={(e) => setPerson(e.target.value)} />
        </div>
        <FormActions error={error} onCancel={props.onClose} submit={t('common:actions.save')} />
      </form>
    </Dialog>
  );
}
