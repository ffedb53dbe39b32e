import type { TFunction } from 'i18next';
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandOutput } from '../../../../shared/contract/index';
import { AcceleratorSchema } from '../../../../shared/domain/settings';
import { acceleratorFromText } from '../../../../shared/domain/shortcut-text';
import { Switch } from '../../components/Switch';
import { SettingsCard } from './SettingsCard';
import { firstIssue, useFieldError } from './fields';
import { useDraft } from './useDraft';
import { FieldError } from '../../components/FieldError';

type AppInfo = CommandOutput<'app.info'>;
const DEFAULT_SHORTCUT = 'CommandOrControl+Shift+L';

/** Settings → Shortcut and start-up: the global shortcut, launch at login, and what the OS lets Touchpoint follow. */
export function SystemSection(props: {
  headingId: string;
  shortcut: string | null;
  launchAtLogin: boolean;
  info: AppInfo | null;
  onShortcut: (accelerator: string | null) => Promise<string | null>;
  onLaunchAtLogin: (on: boolean) => Promise<string | null>;
}) {
  const { t } = useTranslation('settings');
  const [loginError, reportLogin] = useFieldError();
  const platform = props.info?.platform;
  return (
    <SettingsCard
      headingId={props.headingId}
      title={t('sections.system')}
      description={t('system.description')}
    >
      <ShortcutField value={props.shortcut} info={props.info} onSave={props.onShortcut} />
      <div className="settings-field">
        <Switch
          label={t('system.launchAtLogin')}
          checked={props.launchAtLogin}
          disabled={platform ? !platform.launchAtLogin : false}
          onChange={(on) => reportLogin(props.onLaunchAtLogin(on))}
          hint={platform ? launchAtLoginHint(platform, t) : undefined}
        />
        <FieldError message={loginError} />
      </div>
      {platform && (
        <div className="settings-field">
          <p className="field__label">{t('system.dnd.label')}</p>
          <p className="field__hint">{doNotDisturbText(platform, t)}</p>
        </div>
      )}
      {platform && platform.cards === 'notification' && (
        <div className="settings-field">
          <p className="field__label">{t('system.cards.label')}</p>
          <p className="field__hint">{t('system.cards.notification')}</p>
        </div>
      )}
      {platform && !platform.tray && platform.os === 'linux' && (
        <div className="settings-field">
          <p className="field__label">{t('system.tray.label')}</p>
          <p className="field__hint">{t('system.tray.missing')}</p>
        </div>
      )}
    </SettingsCard>
  );
}

function ShortcutField(props: { value: string | null; info: AppInfo | null; onSave: (accelerator: string | null) => Promise<string | null> }) {
  const { t } = useTranslation(['settings', 'common']);
  const id = useId();
  const [text, setText, editing] = useDraft(props.value ?? '');
  const [recording, setRecording] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [serverError, report] = useFieldError();
  const error = problem ?? serverError;
  const enabled = props.value !== null;

  const commit = (candidate: string) => {
    // Typed as the keyboard labels the keys ("Strg+Umschalt+L" in German), saved in Electron's words ("Control+Shift+L").
    const parsed = AcceleratorSchema.safeParse(acceleratorFromText(candidate, t('common:keys.modifiers', { returnObjects: true })));
    if (!parsed.success) return setProblem(firstIssue(parsed.error, t));
    setProblem(null);
    if (parsed.data !== props.value) report(props.onSave(parsed.data));
  };

  const record = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Tab') return;
    event.preventDefault();
    if (event.key === 'Escape') return setRecording(false);
    const accelerator = acceleratorOf(event);
    if (!accelerator) return; // only modifiers so far
    setRecording(false);
    setText(accelerator);
    commit(accelerator);
  };

  const current = props.info && props.info.shortcut.accelerator === props.value && !editing ? props.info.shortcut : null;
  // Wayland's portal may refuse after the system said yes: never claim success there.
  const registered = current ? (current.registered === true && !current.confirmed ? 'unconfirmed' : current.registered) : undefined;
  return (
    <div className="settings-field shortcut">
      <Switch
        label={t('system.shortcut.toggle')}
        checked={enabled}
        onChange={(on) => {
          setProblem(null);
          report(props.onSave(on ? DEFAULT_SHORTCUT : null));
        }}
        hint={enabled ? undefined : t('system.shortcut.off')}
      />
      {enabled && (
        <div className="field">
          <label className="field__label" htmlFor={id}>
            {t('system.shortcut.label')}
          </label>
          <div className="inline-field">
            <input
              id={id}
              className="input input--shortcut"
              value={recording ? '' : text}
              placeholder={recording ? t('system.shortcut.recording') : t('system.shortcut.placeholder')}
              spellCheck={false}
              autoComplete="off"
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-hint ${id}-status${error ? ` ${id}-error` : ''}`}
              onChange={(event) => {
                setText(event.target.value);
                setProblem(null);
              }}
              onBlur={() => {
                setRecording(false);
                if (editing) commit(text);
              }}
              onKeyDown={(event) => {
                if (recording) return record(event);
                if (event.key === 'Enter') {
                  event.preventDefault();
                  commit(text);
                }
              }}
            />
            <button
              type="button"
              className="button button--small"
              aria-pressed={recording}
              onClick={() => {
                setRecording(true);
                document.getElementById(id)?.focus();
              }}
            >
              {t('system.shortcut.record')}
            </button>
          </div>
          <p id={`${id}-hint`} className="field__hint">
            {t('system.shortcut.hint')}
          </p>
          <p id={`${id}-status`} className="shortcut__status" data-registered={String(registered)}>
            {shortcutStatus(registered, t)}
          </p>
          <FieldError message={error} id={`${id}-error`} />
        </div>
      )}
    </div>
  );
}

function shortcutStatus(registered: boolean | 'unconfirmed' | null | undefined, t: TFunction<'settings'>): string {
  if (registered === true) return t('system.shortcut.works');
  if (registered === 'unconfirmed') return t('system.shortcut.unconfirmed');
  if (registered === false) return t('system.shortcut.refused');
  if (registered === null) return t('system.shortcut.unknown');
  return '';
}

/** Electron accelerator for a key press with at least one modifier, e.g. "CommandOrControl+Shift+L". */
function acceleratorOf(event: KeyboardEvent): string | null {
  const key = /^Key([A-Z])$/.exec(event.code)?.[1] ?? /^Digit(\d)$/.exec(event.code)?.[1] ?? (/^F(\d{1,2})$/.test(event.key) ? event.key : null);
  if (!key) return null;
  const parts = [event.ctrlKey || event.metaKey ? 'CommandOrControl' : null, event.altKey ? 'Alt' : null, event.shiftKey ? 'Shift' : null].filter(Boolean);
  return parts.length === 0 ? null : [...parts, key].join('+');
}

function launchAtLoginHint(platform: AppInfo['platform'], t: TFunction<'settings'>): string {
  if (!platform.launchAtLogin) return platform.os === 'darwin' ? t('system.launchHint.devMac') : t('system.launchHint.unavailable');
  switch (platform.os) {
    case 'darwin':
      return t('system.launchHint.darwin');
    case 'win32':
      return t('system.launchHint.win32');
    case 'linux':
      return t('system.launchHint.linux');
    default:
      return t('system.launchHint.other');
  }
}

/** What the coach can follow of the system's Do Not Disturb, then (a sentence of its own) what it always follows. */
function doNotDisturbText(platform: AppInfo['platform'], t: TFunction<'settings'>): string {
  const also = t('system.dnd.also');
  if (platform.doNotDisturb) return `${t('system.dnd.honoured')} ${also}`;
  switch (platform.os) {
    case 'darwin':
      return `${t('system.dnd.darwin')} ${also}`;
    case 'win32':
      return `${t('system.dnd.win32')} ${also}`;
    default:
      return `${t('system.dnd.other')} ${also}`;
  }
}
