import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { Dialog } from '../../components/Dialog';
import { EMPTY_DRAFT, MomentForm, type MomentDraft } from '../moment-form/MomentForm';

export function NewMomentDialog(props: { onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation(['log', 'common']);
  const [draft, setDraft] = useState<MomentDraft>(EMPTY_DRAFT);
  return (
    <Dialog title={t('momentDialog.new')} onClose={props.onClose}>
      <MomentForm
        draft={draft}
        onDraftChange={setDraft}
        submitLabel={t('common:actions.save')}
        autoFocus
        onCancel={props.onClose}
        onSubmit={async (d) => {
          await call('moments.add', { kind: d.kind, valence: d.valence, tags: d.tags, people: d.people, note: d.note, source: 'main-window' });
          props.onSaved();
        }}
      />
    </Dialog>
  );
}
