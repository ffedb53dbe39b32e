import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarSourceView } from '../../../../../shared/domain/calendar-sources';
import { call, errorMessage } from '../../../api';
import { ColorSwatch } from '../../../components/ColorSwatch';
import { Dialog } from '../../../components/Dialog';
import { Spinner } from '../../../components/Spinner';
import { Switch } from '../../../components/Switch';
import { CalDavCalendars } from './CalDavCalendars';
import { ColorChoice } from './ColorChoice';
import { CredentialsFix, needsCredentials } from './CredentialsFix';
import { DisconnectAccount } from './DisconnectAccount';
import { RenameField } from './RenameField';
import { describeSourceKind, describeSourceStatus } from './status-text';
import { FieldError } from '../../../components/FieldError';

const TONE_MARK = { ok: '✓', syncing: '', error: '⚠', never: '○', off: '–' } as const;
/** What a screen reader hears when the state changes (nothing for a calendar not synced yet). */
const ANNOUNCE = { ok: 'source.announce.ok', syncing: 'source.announce.syncing', error: 'source.announce.error', never: null, off: 'source.announce.off' } as const;

/** One connected calendar: its colour and name, where it comes from, how its sync is going, and what can be done with it. */
export function SourceItem(props: { source: CalendarSourceView; now: number; onMessage?: (message: string) => void }) {
  const { source } = props;
  const { t } = useTranslation('settingsCalendars');
  const [error, setError] = useState<string | null>(null);
  const [syncing, setSyncing] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [removing, setRemoving] = useState(false);
  const status = describeSourceStatus(t, source, props.now);
  const where = describeSourceKind(t, source);
  const announce = ANNOUNCE[status.tone];
  const isSyncing = syncing || source.status.state === 'syncing';
  const titleId = `source-${source.id}-name`;

  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      return true;
    } catch (e) {
      setError(errorMessage(e));
      return false;
    }
  };

  const syncNow = async () => {
    setSyncing(true);
    await run(() => call('calendar.sync', { id: source.id }));
    setSyncing(false);
  };

  const remove = async () => {
    setRemoving(true);
    const ok = await run(() => call('calendar.remove', { id: source.id }));
    setRemoving(false);
    if (ok) setConfirmRemove(false);
  };

  return (
    <li className="source" aria-labelledby={titleId} data-enabled={source.enabled}>
      <div className="source__head">
        <ColorSwatch color={source.color} size="large" />
        <div className="source__title">
          <RenameField id={titleId} name={source.name} onRename={(name) => call('calendar.rename', { id: source.id, name })} />
          <p className="source__where">
            <span className="source__kind">{where.kind}</span> · <span className="source__url">{where.where}</span>
          </p>
        </div>
        <Switch
          label={<span aria-hidden="true">{source.enabled ? t('source.on') : t('source.off')}</span>}
          ariaLabel={t('source.use', { name: source.name })}
          checked={source.enabled}
          onChange={(enabled) => void run(() => call('calendar.setEnabled', { id: source.id, enabled }))}
        />
      </div>

      {/* Announced when the state changes, not each time "2 minutes ago" ticks on. */}
      <p className="visually-hidden" role="status">
        {announce && t(announce, { name: source.name })}
      </p>
      <div className="source__status" data-tone={status.tone}>
        {status.tone === 'syncing' ? <Spinner /> : <span aria-hidden="true" className="source__mark">{TONE_MARK[status.tone]}</span>}
        <div>
          <p>{status.text}</p>
          {status.detail && <p className="muted">{status.detail}</p>}
        </div>
      </div>

      {!source.secretsProtected && (
        <p className="source__warning">
          <span aria-hidden="true">⚠ </span>
          {source.kind === 'caldav' ? t('source.unprotectedPassword') : t('source.unprotectedAddress')}
        </p>
      )}
      {needsCredentials(source) && <CredentialsFix source={source} />}
      {source.kind === 'caldav' && source.calendars.length > 0 && <CalDavCalendars source={source} />}

      <FieldError message={error} />

      <div className="source__actions">
        {source.kind !== 'ics-file' && (
          <button type="button" className="button button--small" disabled={isSyncing || !source.enabled} aria-label={t('source.syncNowLabel', { name: source.name })} onClick={() => void syncNow()}>
            {isSyncing && <Spinner />}
            {isSyncing ? t('source.syncing') : t('source.syncNow')}
          </button>
        )}
        <ColorChoice name={source.name} color={source.color} onChoose={(color) => void run(() => call('calendar.setColor', { id: source.id, color }))} />
        {source.kind === 'google' || source.kind === 'microsoft' ? (
          <DisconnectAccount source={source} onDone={(message) => props.onMessage?.(message)} />
        ) : (
          <button type="button" className="button button--small button--ghost button--danger" aria-label={t('source.removeLabel', { name: source.name })} onClick={() => setConfirmRemove(true)}>
            {t('source.remove')}
          </button>
        )}
      </div>

      {confirmRemove && (
        <Dialog title={t('source.removeTitle', { name: source.name })} onClose={() => setConfirmRemove(false)}>
          <p>{t('source.removeText')}</p>
          <FieldError message={error} />
          <div className="dialog__actions">
            <button type="button" className="button" autoFocus onClick={() => setConfirmRemove(false)}>
              {t('source.keep')}
            </button>
            <button type="button" className="button button--danger-solid" disabled={removing} onClick={() => void remove()}>
              {removing && <Spinner />}
              {t('source.removeConfirm')}
            </button>
          </div>
        </Dialog>
      )}
    </li>
  );
}
