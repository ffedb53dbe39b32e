import { useId, useRef, useState } from 'react';
import { MAX_IMPORT_TEXT_LENGTH } from '../../../../../shared/domain/calendar-sources';
import { Spinner } from '../../../components/Spinner';
import { TextField } from '../../../components/TextField';
import { FieldError } from '../../../components/FieldError';

export type ConnectionKind = 'ics-url' | 'caldav' | 'ics-file';
export interface ChosenFile {
  name: string;
  size: number;
  text: string;
}

export const KIND_CHOICES: { value: ConnectionKind; title: string; hint: string }[] = [
  { value: 'ics-url', title: 'Subscription link', hint: 'Google, Outlook or any iCal link; kept up to date' },
  { value: 'caldav', title: 'CalDAV account', hint: 'iCloud, Fastmail, Nextcloud…; pick calendars' },
  { value: 'ics-file', title: 'Import an .ics file', hint: 'A one-off copy, e.g. an export' },
];

export function IcsUrlFields(props: { url: string; error: string | undefined; onChange: (url: string) => void }) {
  return (
    <div className="add-calendar__fields">
      <TextField
        label="Calendar address"
        type="url"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        placeholder="https://… or webcal://…"
        value={props.url}
        error={props.error}
        onValue={props.onChange}
        hint="Treat it like a password: anyone with this link can read the calendar. Touchpoint stores it encrypted and never shows it in full."
      />
      <details className="help">
        <summary>Where do I find this link?</summary>
        <dl className="help__list">
          <dt>Google Calendar</dt>
          <dd>
            On the web: Settings → click your calendar under “Settings for my calendars” → “Integrate calendar” → copy the <strong>Secret address in iCal format</strong>.
          </dd>
          <dt>Outlook / Office 365</dt>
          <dd>
            On the web: Settings → Calendar → Shared calendars → “Publish a calendar”, choose your calendar and “Can view all details”, then copy the <strong>ICS</strong> link of the published calendar.
          </dd>
          <dt>Others</dt>
          <dd>Any address ending in .ics, or starting with webcal://, works.</dd>
        </dl>
      </details>
    </div>
  );
}

export function CalDavFields(props: {
  value: { serverUrl: string; username: string; password: string };
  errors: Record<string, string>;
  onChange: (value: { serverUrl: string; username: string; password: string }) => void;
}) {
  const { value, errors } = props;
  return (
    <div className="add-calendar__fields">
      <TextField
        label="Server address"
        type="url"
        autoComplete="url"
        spellCheck={false}
        placeholder="https://caldav.example.com"
        value={value.serverUrl}
        error={errors.serverUrl}
        onValue={(serverUrl) => props.onChange({ ...value, serverUrl })}
        hint="iCloud: https://caldav.icloud.com · Fastmail: https://caldav.fastmail.com · Nextcloud: https://your-server/remote.php/dav"
      />
      <div className="field-row">
        <TextField
          label="User name"
          autoComplete="username"
          spellCheck={false}
          value={value.username}
          error={errors.username}
          onValue={(username) => props.onChange({ ...value, username })}
        />
        <TextField
          label="App password"
          type="password"
          autoComplete="current-password"
          value={value.password}
          error={errors.password}
          onValue={(password) => props.onChange({ ...value, password })}
        />
      </div>
      <p className="field__hint">
        Use an app-specific password (iCloud, Fastmail and most providers offer them), not your main password. It is stored encrypted on this computer.
      </p>
    </div>
  );
}

/** Reads the chosen file in the background (FileReader), so a big export never freezes the window. */
export function FileFields(props: { file: ChosenFile | null; error: string | undefined; onChange: (file: ChosenFile | null) => void }) {
  const id = useId();
  const [reading, setReading] = useState<string | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const reader = useRef<FileReader | null>(null);
  const error = readError ?? props.error;

  const choose = (file: File | undefined) => {
    reader.current?.abort();
    setReadError(null);
    props.onChange(null);
    if (!file) return;
    // UTF-8 takes at least one byte per character, so this many bytes is surely too many characters.
    if (file.size > MAX_IMPORT_TEXT_LENGTH * 4) return setReadError('This file is too big to import (over 32 MB).');
    const next = new FileReader();
    reader.current = next;
    setReading(file.name);
    next.onload = () => {
      setReading(null);
      props.onChange({ name: file.name, size: file.size, text: typeof next.result === 'string' ? next.result : '' });
    };
    next.onerror = () => {
      setReading(null);
      setReadError('Touchpoint couldn’t read this file. Is it still there?');
    };
    next.readAsText(file);
  };

  return (
    <div className="add-calendar__fields">
      <div className="field">
        <label className="field__label" htmlFor={id}>
          Calendar file (.ics)
        </label>
        <input
          id={id}
          className="input input--file"
          type="file"
          accept=".ics,text/calendar"
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          onChange={(event) => choose(event.target.files?.[0])}
        />
        <p id={`${id}-hint`} className="field__hint">
          Most calendar apps can export a calendar as an .ics file. The copy is not updated later: for a calendar that changes, use its subscription link.
        </p>
        {reading && (
          <p className="field__hint" role="status">
            <Spinner /> Reading {reading}…
          </p>
        )}
        {props.file && !reading && <p className="field__hint">{`${props.file.name} · ${formatSize(props.file.size)}`}</p>}
        <FieldError message={error} id={`${id}-error`} />
      </div>
    </div>
  );
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
