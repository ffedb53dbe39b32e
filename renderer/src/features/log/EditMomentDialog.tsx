import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Moment } from '../../../../shared/domain/moment';
import { fromWallTime, toWallTime } from '../../../../shared/domain/time';
import { call } from '../../api';
import { Dialog } from '../../components/Dialog';
import { MomentForm, type MomentDraft } from '../moment-form/MomentForm';

/** Edit every field of a moment, including when it happened (in the zone it was logged in). */
export function EditMomentDialog(props: { moment: Moment; onClose: () => void }) {
  const { t } = useTranslation('log');
  const m = props.moment;
  const [draft, setDraft] = useState<MomentDraft>({ kind: m.kind, valence: m.valence, tags: m.tags, people: m.people, note: m.note });
  const [when, setWhen] = useState(toWallTime(m.occurredAt, m.timeZone));
  const whenId = useId();
  return (
    <Dialog title={t('momentDialog.edit')} onClose={props.onClose}>
      <MomentForm
        draft={draft}
        onDraftChange={setDraft}
        submitLabel={t('momentDialog.saveChanges')}
        autoFocus
        onCancel={props.onClose}
        onSubmit={async (d) => {
          const occurredAt = when ? fromWallTime(when, m.timeZone) : m.occurredAt;
          await call('moments.update', { id: m.id, patch: { kind: d.kind, valence: d.valence, tags: d.tags, people: d.people, note: d.note, occurredAt } });
          props.onClose();
        }}
        extraFields={
          <div className="field">
            <label className="field__label" htmlFor={whenId}>
              {t('momentDialog.when')}
            </label>
            <input id={whenId} className="input" type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} required />
          </div>
        }
      />
    </Dialog>
  );
}
