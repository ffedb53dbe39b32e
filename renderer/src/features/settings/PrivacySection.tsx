import { useId, useState } from 'react';
import { PASSPHRASE_MIN } from '../../../../shared/domain/vault';
import type { PlatformSupport } from '../../../../shared/contract/commands';
import type { Settings } from '../../../../shared/domain/settings';
import { call, errorMessage } from '../../api';
import { FormActions } from '../../components/FormActions';
import { Switch } from '../../components/Switch';
import { useVault } from '../vault/useVault';
import { SettingsCard } from './SettingsCard';

const AUTO_LOCK: { value: number | null; label: string }[] = [
  { value: 5, label: 'After 5 minutes away' },
  { value: 15, label: 'After 15 minutes away' },
  { value: 30, label: 'After 30 minutes away' },
  { value: 60, label: 'After an hour away' },
  { value: null, label: 'Only when I lock it' },
];

function PassphraseField(props: { label: string; value: string; onChange: (v: string) => void; autoComplete: string; hint?: string }) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {props.label}
      </label>
      <input id={id} className="input" type="password" autoComplete={props.autoComplete} value={props.value} onChange={(e) => props.onChange(e.target.value)} />
      {props.hint && <span className="field__hint">{props.hint}</span>}
    </div>
  );
}

/** The passphrase lock: turn it on (with an honest warning), lock now, auto-lock, change, turn off. */
export function PrivacySection(props: {
  headingId: string;
  privacy: Settings['privacy'];
  /** What this desktop tells Touchpoint (null until known). */
  platform: PlatformSupport | null;
  onSave: (privacy: Settings['privacy']) => Promise<string | null>;
}) {
  const vault = useVault();
  const [mode, setMode] = useState<'idle' | 'enable' | 'change' | 'disable'>('idle');
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [current, setCurrent] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const autoLockId = useId();
  const idleUnknown = props.platform !== null && !props.platform.idle;
  const screenLockUnknown = props.platform !== null && !props.platform.screenLock;

  // Changing an answer clears the message about it: a stale error next to a fixed field misleads.
  const edit =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setError(null);
    };
  const reset = (next: typeof mode = 'idle') => {
    setMode(next);
    setFirst('');
    setSecond('');
    setCurrent('');
    setUnderstood(false);
    setError(null);
  };
  const run = async (action: () => Promise<unknown>, message: string) => {
    setWorking(true);
    setError(null);
    try {
      await action();
      reset();
      setDone(message);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setWorking(false);
    }
  };
  const checkNew = (): string | null => {
    if (first.length < PASSPHRASE_MIN) return `Use at least ${PASSPHRASE_MIN} characters; a few unusual words work well.`;
    if (first !== second) return 'The two passphrases are not the same.';
    return null;
  };

  if (!vault) return null;
  return (
    <SettingsCard headingId={props.headingId} title="Privacy lock">
      {vault.enabled ? (
        <p>
          <strong>On.</strong> Your log and its backups are encrypted on this computer; the passphrase opens them. Your settings and the saved copies of your calendars are not encrypted.
        </p>
      ) : (
        <p className="muted">Off. Your log is stored as readable files in your user folder, protected by your account’s login. With a passphrase, it is encrypted on disk and closed when you are away.</p>
      )}
      {done && (
        <p className="settings-done" role="status">
          {done}
        </p>
      )}

      {!vault.enabled && mode === 'idle' && (
        <button type="button" className="button privacy-start" onClick={() => reset('enable')}>
          Turn on the passphrase lock…
        </button>
      )}
      {mode === 'enable' && (
        <form
          className="privacy-form"
          onSubmit={(e) => {
            e.preventDefault();
            const problem = checkNew() ?? (understood ? null : 'Please confirm you understand that a forgotten passphrase cannot be recovered.');
            if (problem) return setError(problem);
            void run(() => call('vault.enable', { passphrase: first, understood: true }), 'The lock is on. Your log is encrypted.');
          }}
        >
          <div className="privacy-warning">
            <strong>Before you choose:</strong> if you forget this passphrase, your log cannot be opened again — not by you, not by anyone. Write it down somewhere safe.
          </div>
          <p className="field__hint">The lock encrypts your log and its backups. Your settings and the saved copies of your calendars stay as they are.</p>
          <PassphraseField label="Passphrase" value={first} onChange={edit(setFirst)} autoComplete="new-password" hint={`At least ${PASSPHRASE_MIN} characters. A few unusual words are easy to remember and hard to guess.`} />
          <PassphraseField label="The same passphrase again" value={second} onChange={edit(setSecond)} autoComplete="new-password" />
          <label className="checkbox-row">
            <input type="checkbox" checked={understood} onChange={(e) => edit(setUnderstood)(e.target.checked)} />I understand that a forgotten passphrase cannot be recovered.
          </label>
          <FormActions error={error} busy={working} lockWhileBusy submit={working ? 'Encrypting your log…' : 'Turn on the lock'} onCancel={() => reset()} />
        </form>
      )}

      {vault.enabled && mode === 'idle' && (
        <>
          <div className="privacy-actions">
            <button type="button" className="button" onClick={() => void call('vault.lock')}>
              Lock now
            </button>
            <button type="button" className="button button--ghost" onClick={() => reset('change')}>
              Change passphrase…
            </button>
            <button type="button" className="button button--ghost button--danger" onClick={() => reset('disable')}>
              Turn off the lock…
            </button>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={autoLockId}>
              Lock automatically
            </label>
            <select
              id={autoLockId}
              className="input input--auto"
              aria-describedby={idleUnknown ? `${autoLockId}-hint` : undefined}
              disabled={idleUnknown}
              value={props.privacy.autoLockMinutes ?? 'never'}
              onChange={(e) => void props.onSave({ ...props.privacy, autoLockMinutes: e.target.value === 'never' ? null : Number(e.target.value) })}
            >
              {AUTO_LOCK.map((o) => (
                <option key={o.label} value={o.value ?? 'never'}>
                  {o.label}
                </option>
              ))}
            </select>
            {idleUnknown && (
              <span id={`${autoLockId}-hint`} className="field__hint">
                This desktop doesn’t reliably tell apps how long you have been away (Wayland), so Touchpoint can’t lock after a time away here.
              </span>
            )}
          </div>
          <Switch
            label="Lock when the screen locks"
            checked={props.privacy.lockOnScreenLock}
            disabled={screenLockUnknown}
            hint={screenLockUnknown ? 'This desktop doesn’t tell apps when the screen locks (no screen saver or login session answered on D-Bus), so this can’t work here: use “Lock now”.' : undefined}
            onChange={(lockOnScreenLock) => void props.onSave({ ...props.privacy, lockOnScreenLock })}
          />
          <p className="field__hint">While locked, “Log a moment” still works: the moment is sealed and joins your log when you unlock. Check-ins wait.</p>
        </>
      )}
      {mode === 'change' && (
        <form
          className="privacy-form"
          onSubmit={(e) => {
            e.preventDefault();
            const problem = checkNew();
            if (problem) return setError(problem);
            void run(() => call('vault.change', { current, next: first }), 'Passphrase changed.');
          }}
        >
          <PassphraseField label="Current passphrase" value={current} onChange={edit(setCurrent)} autoComplete="current-password" />
          <PassphraseField label="New passphrase" value={first} onChange={edit(setFirst)} autoComplete="new-password" />
          <PassphraseField label="The new passphrase again" value={second} onChange={edit(setSecond)} autoComplete="new-password" />
          <FormActions error={error} busy={working} lockWhileBusy submit={working ? 'Changing…' : 'Change passphrase'} onCancel={() => reset()} />
        </form>
      )}
      {mode === 'disable' && (
        <form
          className="privacy-form"
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => call('vault.disable', { passphrase: current }), 'The lock is off. Your log is stored unencrypted again.');
          }}
        >
          <p>Your log and backups will be decrypted and stored as readable files again.</p>
          <PassphraseField label="Passphrase" value={current} onChange={edit(setCurrent)} autoComplete="current-password" />
          <FormActions error={error} busy={working} lockWhileBusy submit={working ? 'Decrypting your log…' : 'Turn off the lock'} onCancel={() => reset()} />
        </form>
      )}
    </SettingsCard>
  );
}
