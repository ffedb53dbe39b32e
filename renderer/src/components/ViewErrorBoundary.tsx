import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What the view shows, for the message ("Reflection log"). */
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
    return (
      <section className="view-error" role="alert" aria-labelledby="view-error-title">
        <h1 id="view-error-title">This view could not be shown</h1>
        <p>
          Something in {this.props.name} could not be displayed. Your data is safe: nothing was changed. Try again, or go back and carry on; if it keeps
          happening, an export of your log (Reflection log → Export) keeps everything while it is looked into.
        </p>
        <div className="view-error__actions">
          <button type="button" className="button button--primary" onClick={() => this.setState({ failed: false })}>
            Try again
          </button>
          <button type="button" className="button" onClick={this.props.back.onClick}>
            {this.props.back.label}
          </button>
        </div>
      </section>
    );
  }
}
