import { useId, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { PASSPHRASE_MIN } from '../../../../shared/domain/vault';
import type { PlatformSupport } from '../../../../shared/contract/commands';
import type { Settings } from '../../../../shared/domain/settings';
import { call, errorMessage } from '../../api';
import { FormActions } from '../../components/FormActions';
import { Switch } from '../../components/Switch';
import { useVault } from '../vault/useVault';
import { SettingsCard } from './SettingsCard';

/** Minutes away before the lock closes; "never" locks only when asked. */
const AUTO_LOCK = ['5', '15', '30', '60', 'never'] as const;

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
  const { t } = useTranslation('settings');
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
    if (first.length < PASSPHRASE_MIN) return t('privacy.tooShort', { min: PASSPHRASE_MIN });
    if (first !== second) return t('privacy.mismatch');
    return null;
  };

  if (!vault) return null;
  return (
    <SettingsCard headingId={props.headingId} title={t('sections.privacy')}>
      {vault.enabled ? (
        <p>
          <Trans t={t} i18nKey="privacy.on" components={{ strong: <strong /> }} />
        </p>
      ) : (
        <p className="muted">{t('privacy.off')}</p>
      )}
      {done && (
        <p className="settings-done" role="status">
          {done}
        </p>
      )}

      {!vault.enabled && mode === 'idle' && (
        <button type="button" className="button privacy-start" onClick={() => reset('enable')}>
          {t('privacy.start')}
        </button>
      )}
      {mode === 'enable' && (
        <form
          className="privacy-form"
          onSubmit={(e) => {
            e.preventDefault();
            const problem = checkNew() ?? (understood ? null : t('privacy.confirmFirst'));
            if (problem) return setError(problem);
            void run(() => call('vault.enable', { passphrase: first, understood: true }), t('privacy.enabled'));
          }}
        >
          <div className="privacy-warning">
            <Trans t={t} i18nKey="privacy.warning" components={{ strong: <strong /> }} />
          </div>
          <p className="field__hint">{t('privacy.scope')}</p>
          <PassphraseField label={t('privacy.passphrase')} value={first} onChange={edit(setFirst)} autoComplete="new-password" hint={t('privacy.passphraseHint', { min: PASSPHRASE_MIN })} />
          <PassphraseField label={t('privacy.again')} value={second} onChange={edit(setSecond)} autoComplete="new-password" />
          <label className="checkbox-row">
            <input type="checkbox" checked={understood} onChange={(e) => edit(setUnderstood)(e.target.checked)} />
            {t('privacy.understood')}
          </label>
          <FormActions error={error} busy={working} lockWhileBusy submit={working ? t('privacy.encrypting') : t('privacy.turnOn')} onCancel={() => reset()} />
        </form>
      )}

      {vault.enabled && mode === 'idle' && (
        <>
          <div className="privacy-actions">
            <button type="button" className="button" onClick={() => void call('vault.lock')}>
              {t('privacy.lockNow')}
            </button>
            <button type="button" className="button button--ghost" onClick={() => reset('change')}>
              {t('privacy.changeStart')}
            </button>
            <button type="button" className="button button--ghost button--danger" onClick={() => reset('disable')}>
              {t('privacy.disableStart')}
            </button>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={autoLockId}>
              {t('privacy.autoLock')}
            </label>
            <select
              id={autoLockId}
              className="input input--auto"
              aria-describedby={idleUnknown ? `${autoLockId}-hint` : undefined}
              disabled={idleUnknown}
              value={props.privacy.autoLockMinutes ?? 'never'}
              onChange={(e) => void props.onSave({ ...props.privacy, autoLockMinutes: e.target.value === 'never' ? null : Number(e.target.value) })}
            >
              {AUTO_LOCK.map((choice) => (
                <option key={choice} value={choice}>
                  {t(`privacy.autoLockChoices.${choice}`)}
                </option>
              ))}
            </select>
            {idleUnknown && (
              <span id={`${autoLockId}-hint`} className="field__hint">
                {t('privacy.idleUnknown')}
              </span>
            )}
          </div>
          <Switch
            label={t('privacy.screenLock')}
            checked={props.privacy.lockOnScreenLock}
            disabled={screenLockUnknown}
            hint={screenLockUnknown ? t('privacy.screenLockUnknown') : undefined}
            onChange={(lockOnScreenLock) => void props.onSave({ ...props.privacy, lockOnScreenLock })}
          />
          <p className="field__hint">{t('privacy.whileLocked')}</p>
        </>
      )}
      {mode === 'change' && (
        <form
          className="privacy-form"
          onSubmit={(e) => {
            e.preventDefault();
            const problem = checkNew();
            if (problem) return setError(problem);
            void run(() => call('vault.change', { current, next: first }), t('privacy.changed'));
          }}
        >
          <PassphraseField label={t('privacy.current')} value={current} onChange={edit(setCurrent)} autoComplete="current-password" />
          <PassphraseField label={t('privacy.new')} value={first} onChange={edit(setFirst)} autoComplete="new-password" />
          <PassphraseField label={t('privacy.newAgain')} value={second} onChange={edit(setSecond)} autoComplete="new-password" />
          <FormActions error={error} busy={working} lockWhileBusy submit={working ? t('privacy.changing') : t('privacy.change')} onCancel={() => reset()} />
        </form>
      )}
      {mode === 'disable' && (
        <form
          className="privacy-form"
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => call('vault.disable', { passphrase: current }), t('privacy.disabled'));
          }}
        >
          <p>{t('privacy.disableNote')}</p>
          <PassphraseField label={t('privacy.passphrase')} value={current} onChange={edit(setCurrent)} autoComplete="current-password" />
          <FormActions error={error} busy={working} lockWhileBusy submit={working ? t('privacy.decrypting') : t('privacy.turnOff')} onCancel={() => reset()} />
        </form>
      )}
    </SettingsCard>
  );
}
