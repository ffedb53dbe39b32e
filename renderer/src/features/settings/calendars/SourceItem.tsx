import { useState } from 'react';
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
const ANNOUNCE = {
  ok: (name: string) => `${name} is up to date.`,
  syncing: (name: string) => `Syncing ${name}…`,
  error: (name: string) => `${name} could not be synced.`,
  never: () => '',
  off: (name: string) => `${name} is turned off.`,
} as const;

/** One connected calendar: its colour and name, where it comes from, how its sync is going, and what can be done with it. */
export function SourceItem(props: { source: CalendarSourceView; now: number; onMessage?: (message: string) => void }) {
  const { source } = props;
  const [error, setError] = useState<string | null>(null);
  const [syncing, setSyncing] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [removing, setRemoving] = useState(false);
  const status = describeSourceStatus(source, props.now);
  const where = describeSourceKind(source);
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
          label={<span aria-hidden="true">{source.enabled ? 'On' : 'Off'}</span>}
          ariaLabel={`Use ${source.name}`}
          checked={source.enabled}
          onChange={(enabled) => void run(() => call('calendar.setEnabled', { id: source.id, enabled }))}
        />
      </div>

      {/* Announced when the state changes, not each time "2 minutes ago" ticks on. */}
      <p className="visually-hidden" role="status">
        {ANNOUNCE[status.tone](source.name)}
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
          This computer has no system keychain Touchpoint can use, so the {source.kind === 'caldav' ? 'password' : 'private address'} is stored without encryption in Touchpoint’s data folder.
        </p>
      )}
      {needsCredentials(source) && <CredentialsFix source={source} />}
      {source.kind === 'caldav' && source.calendars.length > 0 && <CalDavCalendars source={source} />}

      <FieldError message={error} />

      <div className="source__actions">
        {source.kind !== 'ics-file' && (
          <button type="button" className="button button--small" disabled={isSyncing || !source.enabled} aria-label={`Sync now: ${source.name}`} onClick={() => void syncNow()}>
            {isSyncing && <Spinner />}
            {isSyncing ? 'Syncing…' : 'Sync now'}
          </button>
        )}
        <ColorChoice name={source.name} color={source.color} onChoose={(color) => void run(() => call('calendar.setColor', { id: source.id, color }))} />
        {source.kind === 'google' || source.kind === 'microsoft' ? (
          <DisconnectAccount source={source} onDone={(message) => props.onMessage?.(message)} />
        ) : (
          <button type="button" className="button button--small button--ghost button--danger" aria-label={`Remove ${source.name}…`} onClick={() => setConfirmRemove(true)}>
            Remove…
          </button>
        )}
      </div>

      {confirmRemove && (
        <Dialog title={`Remove “${source.name}”?`} onClose={() => setConfirmRemove(false)}>
          <p>
            Its meetings disappear from Today and no more check-ins are planned for them. Moments and check-ins you already logged stay in your reflection log.
          </p>
          <FieldError message={error} />
          <div className="dialog__actions">
            <button type="button" className="button" autoFocus onClick={() => setConfirmRemove(false)}>
              Keep it
            </button>
            <button type="button" className="button button--danger-solid" disabled={removing} onClick={() => void remove()}>
              {removing && <Spinner />}
              Remove calendar
            </button>
          </div>
        </Dialog>
      )}
    </li>
  );
}
