import { useId, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { MAX_IMPORT_TEXT_LENGTH } from '../../../../../shared/domain/calendar-sources';
import { Spinner } from '../../../components/Spinner';
import { TextField } from '../../../components/TextField';
import { FieldError } from '../../../components/FieldError';
import { formatByteSize } from '../../../../../shared/format/locale-format';
import { appLocale } from '../../../locale';

export type ConnectionKind = 'ics-url' | 'caldav' | 'ics-file';
export interface ChosenFile {
  name: string;
  size: number;
  text: string;
}

/** The kinds offered, in order, with the catalog key of their title and hint. */
export const KIND_CHOICES = [
  { value: 'ics-url', key: 'icsUrl' },
  { value: 'caldav', key: 'caldav' },
  { value: 'ics-file', key: 'icsFile' },
] as const satisfies readonly { value: ConnectionKind; key: string }[];

export function IcsUrlFields(props: { url: string; error: string | undefined; onChange: (url: string) => void }) {
  const { t } = useTranslation('settingsCalendars');
  return (
    <div className="add-calendar__fields">
      <TextField
        label={t('fields.address')}
        type="url"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('fields.addressPlaceholder')}
        value={props.url}
        error={props.error}
        onValue={props.onChange}
        hint={t('fields.addressHint')}
      />
      <details className="help">
        <summary>{t('fields.help.summary')}</summary>
        <dl className="help__list">
          <dt>{t('fields.help.google')}</dt>
          <dd>
            <Trans t={t} i18nKey="fields.help.googleSteps" components={{ strong: <strong /> }} />
          </dd>
          <dt>{t('fields.help.outlook')}</dt>
          <dd>
            <Trans t={t} i18nKey="fields.help.outlookSteps" components={{ strong: <strong /> }} />
          </dd>
          <dt>{t('fields.help.others')}</dt>
          <dd>{t('fields.help.othersSteps')}</dd>
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
  const { t } = useTranslation('settingsCalendars');
  return (
    <div className="add-calendar__fields">
      <TextField
        label={t('fields.server')}
        type="url"
        autoComplete="url"
        spellCheck={false}
        placeholder={t('fields.serverPlaceholder')}
        value={value.serverUrl}
        error={errors.serverUrl}
        onValue={(serverUrl) => props.onChange({ ...value, serverUrl })}
        hint={t('fields.serverHint')}
      />
      <div className="field-row">
        <TextField
          label={t('fields.username')}
          autoComplete="username"
          spellCheck={false}
          value={value.username}
          error={errors.username}
          onValue={(username) => props.onChange({ ...value, username })}
        />
        <TextField
          label={t('fields.appPassword')}
          type="password"
          autoComplete="current-password"
          value={value.password}
          error={errors.password}
          onValue={(password) => props.onChange({ ...value, password })}
        />
      </div>
      <p className="field__hint">{t('fields.passwordHint')}</p>
    </div>
  );
}

/** Reads the chosen file in the background (FileReader), so a big export never freezes the window. */
export function FileFields(props: { file: ChosenFile | null; error: string | undefined; onChange: (file: ChosenFile | null) => void }) {
  const id = useId();
  const { t } = useTranslation('settingsCalendars');
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
    if (file.size > MAX_IMPORT_TEXT_LENGTH * 4) return setReadError(t('fields.tooBig'));
    const next = new FileReader();
    reader.current = next;
    setReading(file.name);
    next.onload = () => {
      setReading(null);
      props.onChange({ name: file.name, size: file.size, text: typeof next.result === 'string' ? next.result : '' });
    };
    next.onerror = () => {
      setReading(null);
      setReadError(t('fields.unreadable'));
    };
    next.readAsText(file);
  };

  return (
    <div className="add-calendar__fields">
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {t('fields.file')}
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
          {t('fields.fileHint')}
        </p>
        {reading && (
          <p className="field__hint" role="status">
            <Spinner /> {t('fields.reading', { name: reading })}
          </p>
        )}
        {props.file && !reading && <p className="field__hint">{t('fields.fileInfo', { name: props.file.name, size: props.file.size < 1024 ? t('fields.bytes', { count: props.file.size }) : formatByteSize(appLocale(), props.file.size) })}</p>}
        <FieldError message={error} id={`${id}-error`} />
      </div>
    </div>
  );
}
