import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /**
   * What failed, already translated, as it fits the message "Something in {name} could not be
   * displayed" (shell:viewError.body): "the Reflection log view"; in German a dative after "in".
   */
  name: string;
  /** The way back: a label and what it does (go to another view, close the popup). */
  back: { label: string; onClick: () => void };
  children: ReactNode;
}

/**
 * Keeps one view's failure to render from blanking the window: the view is replaced by a
 * plain message, a way to try again and a way back. Nothing is lost: rendering never writes.
 * Give it a `key` per view so moving to another view starts fresh.
 */
export class ViewErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // For whoever opens the developer tools; the user sees the message below.
    console.error(`The view "${this.props.name}" could not be shown`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return <ViewError name={this.props.name} back={this.props.back} onRetry={() => this.setState({ failed: false })} />;
  }
}

/** The message in place of the view (a function component, for the translator's hook). */
function ViewError(props: { name: string; back: Props['back']; onRetry: () => void }) {
  const { t } = useTranslation(['shell', 'common']);
  return (
    <section className="view-error" role="alert" aria-labelledby="view-error-title">
      <h1 id="view-error-title">{t('viewError.title')}</h1>
      <p>{t('viewError.body', { name: props.name })}</p>
      <div className="view-error__actions">
        <button type="button" className="button button--primary" onClick={props.onRetry}>
          {t('common:actions.retry')}
        </button>
        <button type="button" className="button" onClick={props.back.onClick}>
          {props.back.label}
        </button>
      </div>
    </section>
  );
}
