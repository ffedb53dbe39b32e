import type { ReactNode } from 'react';

/** Edit and delete buttons of a log entry, named after the entry for screen readers. */
export function EntryActions(props: { label: string; onEdit?: () => void; onDelete: () => void; children?: ReactNode }) {
  return (
    <div className="entry__actions">
      {props.children}
      {props.onEdit && (
        <button type="button" className="button button--ghost button--small" onClick={props.onEdit} aria-label={`Edit: ${props.label}`}>
          Edit
        </button>
      )}
      <button type="button" className="button button--ghost button--small button--danger" onClick={props.onDelete} aria-label={`Delete: ${props.label}`}>
        Delete
      </button>
    </div>
  );
}
