import { useId, useRef, useState } from 'react';
import type { CalendarSourceView, ConnectionTestResult, SourceConnection, SourceInput } from '../../../../../shared/domain/calendar-sources';
import { call, errorMessage } from '../../../api';
import { ColorSwatch } from '../../../components/ColorSwatch';
import { Spinner } from '../../../components/Spinner';
import { CalDavFields, FileFields, IcsUrlFields, KIND_CHOICES, type ChosenFile, type ConnectionKind } from './ConnectionFields';
import { checkConnection } from './connection-check';
import { FieldError } from '../../../components/FieldError';

type TestState =
  | { state: 'idle' }
  | { state: 'testing' }
  | { state: 'failed'; error: string }
  | { state: 'passed'; result: Extract<ConnectionTestResult, { ok: true }> };

/**
 * "Add a calendar": choose the kind, fill in the connection, "Test connection" first (it shows
 * what was found, or the problem in plain words), then name it and add it. Editing the
 * connection after a test asks for a new test, so what is added is what was tested. Used in
 * Settings (in a dialog) and in the first-run setup (inline).
 */
export function AddCalendarForm(props: { onAdded: (source: CalendarSourceView) => void; onCancel?: () => void; cancelLabel?: string }) {
  const [kind, setKind] = useState<ConnectionKind>('ics-url');
  const [url, setUrl] = useState('');
  const [caldav, setCaldav] = useState({ serverUrl: '', username: '', password: '' });
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [test, setTest] = useState<TestState>({ state: 'idle' });
  const [name, setName] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const [adding, setAdding] = useState(false);
  const [addError, setAddError] = useState<string | null>(null);
  // A test or add answered after the user changed the form is no longer about this form.
  const generation = useRef(0);
  const nameId = useId();
  const kindName = useId();

  const changed = () => {
    generation.current++;
    setTest({ state: 'idle' });
    setAddError(null);
  };

  const connection = (): SourceConnection | null => {
    const check = checkConnection(kind, { url, ...caldav, file });
    setFieldErrors(check.errors);
    return check.connection;
  };

  const runTest = async () => {
    const conn = connection();
    if (!conn) return;
    const mine = ++generation.current;
    setTest({ state: 'testing' });
    setAddError(null);
    let result: ConnectionTestResult;
    try {
      result = await call('calendar.test', conn);
    } catch (e) {
      result = { ok: false, error: errorMessage(e), errorKind: 'unexpected' };
    }
    if (mine !== generation.current) return;
    if (!result.ok) return setTest({ state: 'failed', error: result.error });
    setTest({ state: 'passed', result });
    setName(result.suggestedName ?? (kind === 'ics-file' ? (file?.name.replace(/\.ics$/i, '') ?? '') : ''));
    setSelected(result.kind === 'caldav' ? result.calendars.map((c) => c.url) : []);
  };

  const add = async () => {
    if (test.state !== 'passed') return;
    const conn = connection();
    if (!conn) return;
    const trimmed = name.trim();
    if (trimmed.length > 200) return setFieldErrors({ name: 'Keep the name under 200 characters.' });
    if (test.result.kind === 'caldav' && selected.length === 0) return setFieldErrors({ calendars: 'Choose at least one calendar.' });
    const input: SourceInput =
      conn.kind === 'caldav' && test.result.kind === 'caldav'
        ? { ...conn, name: trimmed || undefined, calendars: test.result.calendars, selectedCalendarUrls: selected }
        : { ...conn, name: trimmed || undefined };
    const mine = generation.current;
    setAdding(true);
    setAddError(null);
    try {
      const source = await call('calendar.add', input);
      if (mine !== generation.current) return;
      // Fetch it at once, in the background: the list shows "Syncing…" and then the result.
      if (source.kind !== 'ics-file') void call('calendar.sync', { id: source.id }).catch(() => undefined);
      props.onAdded(source);
    } catch (e) {
      setAddError(errorMessage(e));
    } finally {
      setAdding(false);
    }
  };

  const busy = test.state === 'testing' || adding;

  return (
    <form
      className="add-calendar"
      aria-busy={busy}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void (test.state === 'passed' ? add() : runTest());
      }}
    >
      <fieldset className="add-calendar__kinds">
        <legend className="field__label">What would you like to connect?</legend>
        {KIND_CHOICES.map((choice) => (
          <label key={choice.value} className="kind-choice">
            <input
              type="radio"
              name={kindName}
              value={choice.value}
              checked={kind === choice.value}
              onChange={() => {
                setKind(choice.value);
                setFieldErrors({});
                changed();
              }}
            />
            <span className="kind-choice__text">
              <span className="kind-choice__title">{choice.title}</span>
              <span className="kind-choice__hint">{choice.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>

      {kind === 'ics-url' && (
        <IcsUrlFields
          url={url}
          error={fieldErrors.url}
          onChange={(value) => {
            setUrl(value);
            changed();
          }}
        />
      )}
      {kind === 'caldav' && (
        <CalDavFields
          value={caldav}
          errors={fieldErrors}
          onChange={(value) => {
            setCaldav(value);
            changed();
          }}
        />
      )}
      {kind === 'ics-file' && (
        <FileFields
          file={file}
          error={fieldErrors.file}
          onChange={(value) => {
            setFile(value);
            setFieldErrors({});
            changed();
          }}
        />
      )}

      <div className="add-calendar__test">
        {/* Enter in a field tests the connection, or adds the calendar once the test passed. */}
        <button type={test.state === 'passed' ? 'button' : 'submit'} className={`button${test.state === 'passed' ? '' : ' button--primary'}`} disabled={busy} onClick={test.state === 'passed' ? () => void runTest() : undefined}>
          {test.state === 'testing' && <Spinner />}
          {test.state === 'testing' ? (kind === 'caldav' ? 'Looking for calendars…' : 'Testing…') : test.state === 'passed' ? 'Test again' : 'Test connection'}
        </button>
        <div aria-live="polite" className="add-calendar__result">
          {test.state === 'passed' && <TestPassed result={test.result} />}
        </div>
      </div>
      {test.state === 'failed' && (
        <div className="alert" role="alert">
          <strong>That didn’t work.</strong> {test.error}
        </div>
      )}

      {test.state === 'passed' && (
        <div className="add-calendar__finish">
          {test.result.kind === 'caldav' && (
            <fieldset className="settings-group">
              <legend className="field__label">Which calendars count?</legend>
              {test.result.calendars.map((calendar) => (
                <label key={calendar.url} className="check-option">
                  <input
                    type="checkbox"
                    checked={selected.includes(calendar.url)}
                    onChange={(event) => {
                      setFieldErrors({});
                      setSelected((list) => (event.target.checked ? [...list, calendar.url] : list.filter((u) => u !== calendar.url)));
                    }}
                  />
                  {calendar.color && <ColorSwatch color={calendar.color} />}
                  {calendar.displayName || calendar.url}
                </label>
              ))}
              <FieldError message={fieldErrors.calendars} />
            </fieldset>
          )}
          <div className="field">
            <label className="field__label" htmlFor={nameId}>
              Calendar name
            </label>
            <input id={nameId} className="input" value={name} maxLength={200} placeholder="e.g. Work" onChange={(event) => setName(event.target.value)} />
            <p className="field__hint">How this calendar is called in Touchpoint. You can change it later.</p>
            <FieldError message={fieldErrors.name} />
          </div>
        </div>
      )}
      {addError && (
        <div className="alert" role="alert">
          {addError}
        </div>
      )}

      <div className="add-calendar__actions">
        {props.onCancel && (
          <button type="button" className="button button--ghost" onClick={props.onCancel}>
            {props.cancelLabel ?? 'Cancel'}
          </button>
        )}
        <button type={test.state === 'passed' ? 'submit' : 'button'} className="button button--primary" disabled={test.state !== 'passed' || adding}>
          {adding && <Spinner />}
          {adding ? 'Adding…' : 'Add calendar'}
        </button>
      </div>
      {test.state !== 'passed' && <p className="field__hint add-calendar__why">Test the connection first; then you can add it.</p>}
    </form>
  );
}

function TestPassed(props: { result: Extract<ConnectionTestResult, { ok: true }> }) {
  const { result } = props;
  if (result.kind === 'caldav') {
    const n = result.calendars.length;
    return (
      <p className="test-passed">
        <span aria-hidden="true">✓ </span>Signed in — found {n} calendar{n === 1 ? '' : 's'}.
      </p>
    );
  }
  const n = result.eventCount;
  return (
    <p className="test-passed">
      <span aria-hidden="true">✓ </span>
      {result.kind === 'ics-file' ? 'The file reads fine' : 'Connected'} — {n} event{n === 1 ? '' : 's'} found.
    </p>
  );
}
