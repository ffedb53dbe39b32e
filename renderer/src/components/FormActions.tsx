import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The end of a form: its error (announced as an alert), then Cancel and the submit button.
 * `busy` disables submitting again; `lockWhileBusy` also disables Cancel (for work that
 * cannot be walked away from halfway, like encrypting the log).
 */
export function FormActions(props: {
  error: string | null;
  errorId?: string;
  onCancel: () => void;
  cancel?: ReactNode;
  submit: ReactNode;
  busy?: boolean;
  lockWhileBusy?: boolean;
  small?: boolean;
}) {
  const { t } = useTranslation();
  const size = props.small ? ' button--small' : '';
  const busy = props.busy ?? false;
  return (
    <>
      {props.error && (
        <div className="alert" role="alert" id={props.errorId}>
          {props.error}
        </div>
      )}
      <div className="moment-form__actions">
        <button type="button" className={`button button--ghost${size}`} onClick={props.onCancel} disabled={props.lockWhileBusy && busy}>
          {props.cancel ?? t('actions.cancel')}
        </button>
        <button type="submit" className={`button button--primary${size}`} disabled={busy}>
          {props.submit}
        </button>
      </div>
    </>
  );
}
