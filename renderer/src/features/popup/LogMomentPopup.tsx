import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { EMPTY_DRAFT, MomentForm, type MomentDraft } from '../moment-form/MomentForm';
import { SavedConfirmation } from './SavedConfirmation';
import { usePopupReady } from './usePopupReady';

/**
 * The small window near the tray for logging a hallway or chat moment. Esc closes it and
 * keeps the draft for next time; saving shows a short, calm confirmation (with Undo) and closes it.
 */
export function LogMomentPopup(props: { locked?: boolean }) {
  const { t } = useTranslation(['moment', 'common']);
  const [draft, setDraft] = useState<MomentDraft>(EMPTY_DRAFT);
  // The id of the moment just saved (null: sealed while locked, no id to take back); false: not saved.
  const [saved, setSaved] = useState<string | null | false>(false);
  const [formKey, setFormKey] = useState(0);
  usePopupReady('log', true);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) void call('windows.closePopup');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const finish = useCallback(() => {
    void call('windows.closePopup');
    setSaved(false);
    setDraft(EMPTY_DRAFT);
    setFormKey((k) => k + 1);
  }, []);

  if (saved !== false) {
    // Sealed moments (log locked) cannot be taken back until unlocked, so they get no Undo.
    const momentId = saved;
    return props.locked ? (
      <SavedConfirmation title={t('popup.savedSealed')} detail={t('popup.savedSealedDetail')} undo={null} onDone={finish} />
    ) : (
      <SavedConfirmation
        title={t('popup.saved')}
        detail={t('popup.savedDetail')}
        undo={momentId ? () => call('moments.remove', { id: momentId }) : null}
        onDone={finish}
      />
    );
  }

  return (
    <main className="popup">
      <header className="popup__header">
        <h1 className="popup__title">{t('popup.title')}</h1>
        <button type="button" className="button button--ghost button--small" aria-label={t('common:actions.close')} onClick={() => void call('windows.closePopup')}>
          ✕
        </button>
      </header>
      <MomentForm
        key={formKey}
        draft={draft}
        onDraftChange={setDraft}
        autoFocus
        submitLabel={t('common:actions.save')}
        onCancel={() => void call('windows.closePopup')}
        onSubmit={async (d) => {
          const moment = await call('moments.add', { kind: d.kind, valence: d.valence, tags: d.tags, people: d.people, note: d.note, source: 'tray' });
          setSaved(props.locked ? null : moment.id);
        }}
      />
    </main>
  );
}
