import { useId, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation(['settingsCalendars', 'common']);
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
    const check = checkConnection(t, kind, { url, ...caldav, file });
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
    if (trimmed.length > 200) return setFieldErrors({ name: t('add.nameTooLong') });
    if (test.result.kind === 'caldav' && selected.length === 0) return setFieldErrors({ calendars: t('add.chooseOne') });
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
        <legend className="field__label">{t('add.kindsLegend')}</legend>
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
              <span className="kind-choice__title">{t(`add.kinds.${choice.key}.title`)}</span>
              <span className="kind-choice__hint">{t(`add.kinds.${choice.key}.hint`)}</span>
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
          {test.state === 'testing' ? (kind === 'caldav' ? t('add.lookingForCalendars') : t('add.testing')) : test.state === 'passed' ? t('add.testAgain') : t('add.test')}
        </button>
        <div aria-live="polite" className="add-calendar__result">
          {test.state === 'passed' && <TestPassed t={t} result={test.result} />}
        </div>
      </div>
      {test.state === 'failed' && (
        <div className="alert" role="alert">
          <strong>{t('add.failed')}</strong> {test.error}
        </div>
      )}

      {test.state === 'passed' && (
        <div className="add-calendar__finish">
          {test.result.kind === 'caldav' && (
            <fieldset className="settings-group">
              <legend className="field__label">{t('add.whichCalendars')}</legend>
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
              {t('add.name')}
            </label>
            <input id={nameId} className="input" value={name} maxLength={200} placeholder={t('add.namePlaceholder')} onChange={(event) => setName(event.target.value)} />
            <p className="field__hint">{t('add.nameHint')}</p>
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
            {props.cancelLabel ?? t('common:actions.cancel')}
          </button>
        )}
        <button type={test.state === 'passed' ? 'submit' : 'button'} className="button button--primary" disabled={test.state !== 'passed' || adding}>
          {adding && <Spinner />}
          {adding ? t('add.adding') : t('add.addCalendar')}
        </button>
      </div>
      {test.state !== 'passed' && <p className="field__hint add-calendar__why">{t('add.testFirst')}</p>}
    </form>
  );
}

function TestPassed(props: { t: TFunction<'settingsCalendars'>; result: Extract<ConnectionTestResult, { ok: true }> }) {
  const { t, result } = props;
  const text =
    result.kind === 'caldav'
      ? t('add.signedIn', { count: result.calendars.length })
      : t(result.kind === 'ics-file' ? 'add.fileReads' : 'add.connected', { count: result.eventCount });
  return (
    <p className="test-passed">
      <span aria-hidden="true">✓ </span>
      {text}
    </p>
  );
}
