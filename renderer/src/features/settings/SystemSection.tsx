import { useId, useState, type KeyboardEvent } from 'react';
import type { CommandOutput } from '../../../../shared/contract/index';
import { AcceleratorSchema } from '../../../../shared/domain/settings';
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
  const [loginError, reportLogin] = useFieldError();
  const platform = props.info?.platform;
  return (
    <SettingsCard
      headingId={props.headingId}
      title="Shortcut and start-up"
      description="How you reach Touchpoint, when it starts, and what the system lets it follow."
    >
      <ShortcutField value={props.shortcut} info={props.info} onSave={props.onShortcut} />
      <div className="settings-field">
        <Switch
          label="Open Touchpoint when you log in"
          checked={props.launchAtLogin}
          disabled={platform ? !platform.launchAtLogin : false}
          onChange={(on) => reportLogin(props.onLaunchAtLogin(on))}
          hint={platform ? launchAtLoginHint(platform) : undefined}
        />
        <FieldError message={loginError} />
      </div>
      {platform && (
        <div className="settings-field">
          <p className="field__label">Do Not Disturb</p>
          <p className="field__hint">{doNotDisturbText(platform)}</p>
        </div>
      )}
      {platform && platform.cards === 'notification' && (
        <div className="settings-field">
          <p className="field__label">How check-ins appear</p>
          <p className="field__hint">
            This desktop (Wayland) doesn’t let a window appear without taking the keyboard, so check-ins arrive as notifications: click one to answer it.
          </p>
        </div>
      )}
      {platform && !platform.tray && platform.os === 'linux' && (
        <div className="settings-field">
          <p className="field__label">Tray icon</p>
          <p className="field__hint">
            This desktop shows no tray icon. On GNOME, the “AppIndicator and KStatusNotifierItem Support” extension adds one. Meanwhile open Touchpoint from the app menu: it brings back this window.
          </p>
        </div>
      )}
    </SettingsCard>
  );
}

function ShortcutField(props: { value: string | null; info: AppInfo | null; onSave: (accelerator: string | null) => Promise<string | null> }) {
  const id = useId();
  const [text, setText, editing] = useDraft(props.value ?? '');
  const [recording, setRecording] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [serverError, report] = useFieldError();
  const error = problem ?? serverError;
  const enabled = props.value !== null;

  const commit = (candidate: string) => {
    const parsed = AcceleratorSchema.safeParse(candidate);
    if (!parsed.success) return setProblem(firstIssue(parsed.error));
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
        label="A keyboard shortcut for “Log a moment”"
        checked={enabled}
        onChange={(on) => {
          setProblem(null);
          report(props.onSave(on ? DEFAULT_SHORTCUT : null));
        }}
        hint={enabled ? undefined : 'Off: use “Log a moment…” in the tray menu instead.'}
      />
      {enabled && (
        <div className="field">
          <label className="field__label" htmlFor={id}>
            Shortcut
          </label>
          <div className="inline-field">
            <input
              id={id}
              className="input input--shortcut"
              value={recording ? '' : text}
              placeholder={recording ? 'Press the keys now… (Esc to stop)' : 'e.g. Ctrl+Shift+L'}
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
              Record keys
            </button>
          </div>
          <p id={`${id}-hint`} className="field__hint">
            Type it (Enter applies it) or record it. CommandOrControl means ⌘ on a Mac and Ctrl elsewhere.
          </p>
          <p id={`${id}-status`} className="shortcut__status" data-registered={String(registered)}>
            {shortcutStatus(registered)}
          </p>
          <FieldError message={error} id={`${id}-error`} />
        </div>
      )}
    </div>
  );
}

function shortcutStatus(registered: boolean | 'unconfirmed' | null | undefined): string {
  if (registered === true) return '✓ Works from any app.';
  if (registered === 'unconfirmed')
    return 'Your desktop was asked for it and may ask you to confirm. Touchpoint can’t check the answer here: if the shortcut does nothing, use “Log a moment…” in the tray menu.';
  if (registered === false) return '⚠ The system refused this shortcut — another app may be using it. Try another one.';
  if (registered === null) return 'Touchpoint can’t tell here whether the system accepted it.';
  return '';
}

/** Electron accelerator for a key press with at least one modifier, e.g. "CommandOrControl+Shift+L". */
function acceleratorOf(event: KeyboardEvent): string | null {
  const key = /^Key([A-Z])$/.exec(event.code)?.[1] ?? /^Digit(\d)$/.exec(event.code)?.[1] ?? (/^F(\d{1,2})$/.test(event.key) ? event.key : null);
  if (!key) return null;
  const parts = [event.ctrlKey || event.metaKey ? 'CommandOrControl' : null, event.altKey ? 'Alt' : null, event.shiftKey ? 'Shift' : null].filter(Boolean);
  return parts.length === 0 ? null : [...parts, key].join('+');
}

function launchAtLoginHint(platform: AppInfo['platform']): string {
  if (!platform.launchAtLogin) return platform.os === 'darwin' ? 'Works in the installed app (a development run cannot be a macOS login item).' : 'Not available on this system.';
  switch (platform.os) {
    case 'darwin':
      return 'Adds Touchpoint to your login items (System Settings → General → Login Items). It starts quietly in the menu bar.';
    case 'win32':
      return 'Adds Touchpoint to the apps that start with Windows (Settings → Apps → Startup). It starts quietly in the tray.';
    case 'linux':
      return 'Adds an autostart entry (~/.config/autostart/), which GNOME, KDE, Xfce and most desktops follow. It starts quietly in the tray.';
    default:
      return 'Starts Touchpoint quietly in the tray when you log in.';
  }
}

function doNotDisturbText(platform: AppInfo['platform']): string {
  const also = 'Touchpoint also stays silent while the screen is locked or you are away from the computer.';
  if (platform.doNotDisturb) return `Honoured: while Do Not Disturb is on (GNOME’s notification setting), no check-in appears. ${also}`;
  switch (platform.os) {
    case 'darwin':
      return `macOS doesn’t let apps read Focus, so Touchpoint can’t follow it: pause check-ins or set quiet hours instead. ${also}`;
    case 'win32':
      return `Windows doesn’t let apps read Do Not Disturb, so Touchpoint can’t follow it: pause check-ins or set quiet hours instead. ${also}`;
    default:
      return `Touchpoint can’t read Do Not Disturb here: pause check-ins or set quiet hours instead. ${also}`;
  }
}
