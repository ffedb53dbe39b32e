import { useState } from 'react';
import { call } from '../../api';
import { Dialog } from '../../components/Dialog';
import { EMPTY_DRAFT, MomentForm, type MomentDraft } from '../moment-form/MomentForm';

export function NewMomentDialog(props: { onClose: () => void; onSaved: () => void }) {
  const [draft, setDraft] = useState<MomentDraft>(EMPTY_DRAFT);
  return (
    <Dialog title="Log a moment" onClose={props.onClose}>
      <MomentForm
        draft={draft}
        onDraftChange={setDraft}
        submitLabel="Save"
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
