import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Edit and delete buttons of a log entry, named after the entry for screen readers. */
export function EntryActions(props: { label: string; onEdit?: () => void; onDelete: () => void; children?: ReactNode }) {
  const { t } = useTranslation('log');
  return (
    <div className="entry__actions">
      {props.children}
      {props.onEdit && (
        <button type="button" className="button button--ghost button--small" onClick={props.onEdit} aria-label={t('entry.editLabel', { label: props.label })}>
          {t('entry.edit')}
        </button>
      )}
      <button type="button" className="button button--ghost button--small button--danger" onClick={props.onDelete} aria-label={t('entry.deleteLabel', { label: props.label })}>
        {t('entry.delete')}
      </button>
    </div>
  );
}
