import type { ReactNode } from 'react';

/**
 * One card of Settings: its heading (a target for the section chips and deep links, hence
 * the id and tabIndex), an optional line saying what it is for, an optional action beside
 * them, then its fields.
 */
export function SettingsCard(props: { headingId: string; title: string; description?: ReactNode; action?: ReactNode; children: ReactNode }) {
  return (
    <section className="card settings-section" aria-labelledby={props.headingId}>
      <div className="settings-section__header">
        <div>
          <h2 id={props.headingId} tabIndex={-1}>
            {props.title}
          </h2>
          {props.description && <p className="muted">{props.description}</p>}
        </div>
        {props.action}
      </div>
      {props.children}
    </section>
  );
}
