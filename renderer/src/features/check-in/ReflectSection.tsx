import { useId } from 'react';
import { intentionText, type Intention, type Kept } from '../../../../shared/domain/checkin';
import { FOLLOW_UP_TEXT_MAX } from '../../../../shared/domain/followup';
import { LIMITS } from '../../../../shared/domain/moment';
import { PeopleInput } from '../../components/PeopleInput';
import { TagPicker } from '../../components/TagPicker';
import { ValenceChoice } from '../../components/ValenceChoice';
import type { CheckInDraft } from './drafts';
import { windowT } from '../../i18n';

const KEPT: { value: Kept; label: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'partly', label: 'Partly' },
  { value: 'no', label: 'No' },
];

/** After a meeting: was the intention kept, helped or harmed, what, with whom, and a follow-up. */
export function ReflectSection(props: {
  draft: CheckInDraft;
  onChange: (patch: Partial<CheckInDraft>) => void;
  intention: Intention | null;
  /** The meeting reflected on: its attendees are suggested first. */
  meetingId?: string;
  compact?: boolean;
  autoFocus?: boolean;
}) {
  const ids = { kept: useId(), valence: useId(), people: useId(), note: useId(), follow: useId() };
  const { draft } = props;
  const firstHarmed = draft.people[0];
  return (
    <div className="check-in__reflect">
      {props.intention && (
        <fieldset className="check-in__section">
          <legend className="field__label" id={ids.kept}>
            You meant to: <q>{intentionText(props.intention, windowT())}</q>. Did you?
          </legend>
          <div className="segmented" role="radiogroup" aria-labelledby={ids.kept}>
            {KEPT.map((k) => (
              <label key={k.value} className="segmented__option">
                <input type="radio" name={ids.kept} checked={draft.kept === k.value} onChange={() => props.onChange({ kept: k.value })} />
                <span>{k.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}

      <fieldset className="check-in__section">
        <legend className="field__label" id={ids.valence}>
          Did it help or harm trust?
        </legend>
        <ValenceChoice value={draft.valence} onChange={(valence) => props.onChange({ valence })} labelledBy={ids.valence} autoFocus={props.autoFocus} />
      </fieldset>

      <fieldset className="check-in__section">
        <legend className="visually-hidden">What happened?</legend>
        <TagPicker value={draft.tags} onChange={(tags) => props.onChange({ tags })} onlyFor={draft.valence} />
      </fieldset>

      {!props.compact && (
        <>
          <div className="field check-in__section">
            <span className="field__label" id={ids.people}>
              With whom?
            </span>
            <PeopleInput value={draft.people} onChange={(people) => props.onChange({ people })} labelledBy={ids.people} meetingId={props.meetingId} />
          </div>
          <div className="field check-in__section">
            <label className="field__label" htmlFor={ids.note}>
              Note <span className="muted">(optional)</span>
            </label>
            <textarea id={ids.note} className="textarea textarea--short" rows={1} maxLength={LIMITS.noteChars} value={draft.note} onChange={(e) => props.onChange({ note: e.target.value })} />
          </div>
        </>
      )}

      <div className="check-in__section">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.followUp}
            onChange={(e) =>
              props.onChange({
                followUp: e.target.checked,
                followUpText:
                  draft.followUpText || (draft.valence === 'harmed' && firstHarmed ? `Repair with ${firstHarmed}: ` : ''),
              })
            }
          />
          {draft.valence === 'harmed' ? 'Plan a small repair' : 'Follow up'}
        </label>
        {draft.followUp && (
          <input
            id={ids.follow}
            className="input"
            aria-label="Follow-up"
            value={draft.followUpText}
            maxLength={FOLLOW_UP_TEXT_MAX}
            placeholder={draft.valence === 'harmed' ? 'Apologise, and ask them to finish their point' : 'Thank them properly for…'}
            onChange={(e) => props.onChange({ followUpText: e.target.value })}
          />
        )}
      </div>
    </div>
  );
}
