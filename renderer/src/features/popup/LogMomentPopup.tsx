import { useEffect, useState } from 'react';
import { call } from '../../api';
import { EMPTY_DRAFT, MomentForm, type MomentDraft } from '../moment-form/MomentForm';
import { usePopupReady } from './usePopupReady';

const CONFIRMATION_MS = 1200;

/**
 * The small window near the tray for logging a hallway or chat moment. Esc closes it and
 * keeps the draft for next time; saving shows a short, calm confirmation and closes it.
 */
export function LogMomentPopup(props: { locked?: boolean }) {
  const [draft, setDraft] = useState<MomentDraft>(EMPTY_DRAFT);
  const [saved, setSaved] = useState(false);
  const [formKey, setFormKey] = useState(0);
  usePopupReady('log', true);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) void call('windows.closePopup');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (!saved) return;
    const timer = setTimeout(() => {
      void call('windows.closePopup');
      setSaved(false);
      setDraft(EMPTY_DRAFT);
      setFormKey((k) => k + 1);
    }, CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [saved]);

  if (saved) {
    return (
      <main className="popup popup--confirmation" aria-live="polite">
        <div className="confirmation">
          <div className="confirmation__mark" aria-hidden="true">
            ✓
          </div>
          <p className="confirmation__title">{props.locked ? 'Saved, sealed until you unlock' : 'Saved to your reflection log'}</p>
          <p className="muted">{props.locked ? 'It joins your log when you next unlock Touchpoint.' : 'Small moments add up.'}</p>
        </div>
      </main>
    );
  }

  return (
    <main className="popup">
      <header className="popup__header">
        <h1 className="popup__title">Log a moment</h1>
        <button type="button" className="button button--ghost button--small" aria-label="Close" onClick={() => void call('windows.closePopup')}>
          ✕
        </button>
      </header>
      <MomentForm
        key={formKey}
        draft={draft}
        onDraftChange={setDraft}
        autoFocus
        submitLabel="Save"
        onCancel={() => void call('windows.closePopup')}
        onSubmit={async (d) => {
          await call('moments.add', { kind: d.kind, valence: d.valence, tags: d.tags, people: d.people, note: d.note, source: 'tray' });
          setSaved(true);
        }}
      />
    </main>
  );
}
