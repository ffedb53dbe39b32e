import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { intentionText, type Intention, type Kept } from '../../../../shared/domain/checkin';
import type { Valence } from '../../../../shared/domain/moment';
import type { TagId } from '../../../../shared/domain/tags';
import { call, errorMessage } from '../../api';
import { FormActions } from '../../components/FormActions';
import { TagPicker } from '../../components/TagPicker';
import { ValenceChoice } from '../../components/ValenceChoice';
import { windowT } from '../../i18n';

/** Fill in a meeting that ended without a check-in, in a few clicks. */
export function FillMeetingForm(props: { day: string; meetingId: string; title: string; intention: Intention | null; people: string[]; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation(['review', 'common']);
  const [kept, setKept] = useState<Kept | null>(null);
  const [valence, setValence] = useState<Valence | null>(null);
  const [tags, setTags] = useState<TagId[]>([]);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const labelId = `fill-${props.meetingId}`;
  const save = async () => {
    if (!valence) return setError(t('fill.chooseValence'));
    try {
      await call('review.fillMeeting', { day: props.day, meetingId: props.meetingId, reflection: { kept, moment: { valence, tags, people: props.people, note }, followUp: null } });
      props.onDone();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <form
      className="fill-meeting"
      aria-label={t('timeline.fillInLabel', { title: props.title })}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {props.intention && (
        <fieldset className="check-in__section">
          <legend className="field__label">
            <Trans t={t} i18nKey="fill.meantTo" values={{ intention: intentionText(props.intention, windowT()) }} components={{ q: <q /> }} />
          </legend>
          <div className="segmented">
            {(['yes', 'partly', 'no'] as const).map((k) => (
              <label key={k} className="segmented__option">
                <input type="radio" name={`kept-${props.meetingId}`} checked={kept === k} onChange={() => setKept(k)} />
                <span>{t(`fill.kept.${k}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <fieldset className="check-in__section">
        <legend className="field__label" id={labelId}>
          {t('fill.valence')}
        </legend>
        <ValenceChoice value={valence} onChange={setValence} labelledBy={labelId} autoFocus />
      </fieldset>
      <TagPicker value={tags} onChange={setTags} onlyFor={valence} />
      <input className="input" aria-label={t('fill.note')} placeholder={t('fill.note')} value={note} onChange={(e) => setNote(e.target.value)} />
      <FormActions error={error} onCancel={props.onCancel} submit={t('common:actions.save')} small />
    </form>
  );
}
