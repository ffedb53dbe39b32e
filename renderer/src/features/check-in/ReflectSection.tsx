import { useId } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { intentionText, type Intention, type Kept } from '../../../../shared/domain/checkin';
import { FOLLOW_UP_TEXT_MAX } from '../../../../shared/domain/followup';
import { LIMITS } from '../../../../shared/domain/moment';
import { PeopleInput } from '../../components/PeopleInput';
import { TagPicker } from '../../components/TagPicker';
import { ValenceChoice } from '../../components/ValenceChoice';
import type { CheckInDraft } from './drafts';
import { windowT } from '../../i18n';

const KEPT: readonly Kept[] = ['yes', 'partly', 'no'];

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
  const { t } = useTranslation(['checkIn', 'moment']);
  const ids = { kept: useId(), valence: useId(), people: useId(), note: useId(), follow: useId() };
  const { draft } = props;
  const firstHarmed = draft.people[0];
  return (
    <div className="check-in__reflect">
      {props.intention && (
        <fieldset className="check-in__section">
          <legend className="field__label" id={ids.kept}>
            <Trans t={t} i18nKey="reflect.keptQuestion" values={{ intention: intentionText(props.intention, windowT()) }} components={{ q: <q /> }} />
          </legend>
          <div className="segmented" role="radiogroup" aria-labelledby={ids.kept}>
            {KEPT.map((kept) => (
              <label key={kept} className="segmented__option">
                <input type="radio" name={ids.kept} checked={draft.kept === kept} onChange={() => props.onChange({ kept })} />
                <span>{t(`reflect.kept.${kept}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}

      <fieldset className="check-in__section">
        <legend className="field__label" id={ids.valence}>
          {t('reflect.valence')}
        </legend>
        <ValenceChoice value={draft.valence} onChange={(valence) => props.onChange({ valence })} labelledBy={ids.valence} autoFocus={props.autoFocus} />
      </fieldset>

      <fieldset className="check-in__section">
        <legend className="visually-hidden">{t('reflect.whatHappened')}</legend>
        <TagPicker value={draft.tags} onChange={(tags) => props.onChange({ tags })} onlyFor={draft.valence} />
      </fieldset>

      {!props.compact && (
        <>
          <div className="field check-in__section">
            <span className="field__label" id={ids.people}>
              {t('reflect.withWhom')}
            </span>
            <PeopleInput value={draft.people} onChange={(people) => props.onChange({ people })} labelledBy={ids.people} meetingId={props.meetingId} />
          </div>
          <div className="field check-in__section">
            <label className="field__label" htmlFor={ids.note}>
              <Trans t={t} i18nKey="moment:form.note" components={{ muted: <span className="muted" /> }} />
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
                  draft.followUpText || (draft.valence === 'harmed' && firstHarmed ? t('reflect.repairDraft', { person: firstHarmed }) : ''),
              })
            }
          />
          {draft.valence === 'harmed' ? t('reflect.planRepair') : t('reflect.followUp')}
        </label>
        {draft.followUp && (
          <input
            id={ids.follow}
            className="input"
            aria-label={t('reflect.followUpField')}
            value={draft.followUpText}
            maxLength={FOLLOW_UP_TEXT_MAX}
            placeholder={draft.valence === 'harmed' ? t('reflect.repairPlaceholder') : t('reflect.followUpPlaceholder')}
            onChange={(e) => props.onChange({ followUpText: e.target.value })}
          />
        )}
      </div>
    </div>
  );
}
