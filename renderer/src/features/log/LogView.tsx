import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUp } from '../../../../shared/domain/followup';
import type { LogEntry } from '../../../../shared/domain/log';
import type { Moment } from '../../../../shared/domain/moment';
import type { Note } from '../../../../shared/domain/note';
import { assertNever } from '../../../../shared/domain/errors';
import { call, errorMessage } from '../../api';
import { Toast } from '../../components/Toast';
import { navigate } from '../../hooks/useHashRoute';
import { EditMomentDialog } from './EditMomentDialog';
import { EmptyLog } from './EmptyLog';
import { FollowUpDialog } from './FollowUpDialog';
import { LogFilters, NO_FILTERS, type Filters } from './LogFilters';
import { LogList } from './LogList';
import { NewMomentDialog } from './NewMomentDialog';
import { NoteDialog } from './NoteDialog';
import { DataTransferDialog } from './transfer/DataTransferDialog';
import { MomentEntry } from './entries/MomentEntry';
import { FollowUpEntry, IntentionEntry, NoteEntry, ReviewEntry } from './entries/OtherEntries';
import { useLog } from './useLog';

type Editing = { kind: 'moment'; moment: Moment } | { kind: 'note'; note: Note | null } | { kind: 'follow-up'; followUp: FollowUp | null } | { kind: 'new-moment' } | { kind: 'transfer' } | null;
type ToastState = { message: string; undo?: () => Promise<unknown> } | null;

/** The reflection log: everything, newest first, grouped by day, searchable and filterable. */
export function LogView() {
  const { t } = useTranslation(['log', 'common']);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const log = useLog(filters);
  const [editing, setEditing] = useState<Editing>(null);
  const [toast, setToast] = useState<ToastState>(null);
  const closeToast = useCallback(() => setToast(null), []);
  const loadMore = useCallback(() => void log.loadMore(), [log]);

  /** Deletes with an Undo that puts the entry back exactly as it was. */
  const remove = async (entry: LogEntry) => {
    try {
      switch (entry.kind) {
        case 'moment': {
          const m = await call('moments.remove', { id: entry.moment.id });
          return setToast({ message: t('toast.momentDeleted'), undo: () => call('moments.restore', { moment: m }) });
        }
        case 'note': {
          const n = await call('notes.remove', { id: entry.note.id });
          return setToast({ message: t('toast.noteDeleted'), undo: () => call('notes.restore', { note: n }) });
        }
        case 'follow-up': {
          const f = await call('followUps.remove', { id: entry.followUp.id });
          return setToast({ message: t('toast.followUpDeleted'), undo: () => call('followUps.restore', { followUp: f }) });
        }
        case 'intention': {
          const c = await call('checkIns.remove', { id: entry.checkInId });
          return setToast({ message: t('toast.intentionDeleted'), undo: () => call('checkIns.restore', { checkIn: c }) });
        }
        case 'review': {
          const r = await call('reviews.remove', { id: entry.review.id });
          return setToast({ message: t('toast.reviewDeleted'), undo: () => call('reviews.restore', { review: r }) });
        }
        default:
          return assertNever(entry, 'log entry');
      }
    } catch (error) {
      setToast({ message: errorMessage(error) });
    }
  };

  const renderEntry = (entry: LogEntry) => {
    switch (entry.kind) {
      case 'moment':
        return <MomentEntry entry={entry} onEdit={() => setEditing({ kind: 'moment', moment: entry.moment })} onDelete={() => void remove(entry)} />;
      case 'note':
        return <NoteEntry entry={entry} onEdit={() => setEditing({ kind: 'note', note: entry.note })} onDelete={() => void remove(entry)} />;
      case 'follow-up':
        return (
          <FollowUpEntry
            entry={entry}
            onEdit={() => setEditing({ kind: 'follow-up', followUp: entry.followUp })}
            onDelete={() => void remove(entry)}
            onStatus={(status) => void call('followUps.setStatus', { id: entry.followUp.id, status }).catch((e: unknown) => setToast({ message: errorMessage(e) }))}
          />
        );
      case 'intention':
        return <IntentionEntry entry={entry} onDelete={() => void remove(entry)} />;
      case 'review':
        return <ReviewEntry entry={entry} onOpen={() => navigate(`/review?day=${entry.review.day}`)} onDelete={() => void remove(entry)} />;
      default:
        return assertNever(entry, 'log entry');
    }
  };

  const saved = (message: string) => {
    setEditing(null);
    setToast({ message });
  };
  const filtered = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);

  return (
    <section className="view view--wide" aria-labelledby="log-title">
      <header className="view__header log-header">
        <div>
          <h1 id="log-title">{t('header.title')}</h1>
          <p className="muted">{t('header.subtitle')}</p>
        </div>
        <div className="view__actions">
          {/* One primary action (logging a moment); the others share the secondary style. */}
          <button type="button" className="button button--small" onClick={() => setEditing({ kind: 'transfer' })}>
            {t('header.transfer')}
          </button>
          <button type="button" className="button button--small" onClick={() => setEditing({ kind: 'note', note: null })}>
            {t('header.writeNote')}
          </button>
          <button type="button" className="button button--small" onClick={() => setEditing({ kind: 'follow-up', followUp: null })}>
            {t('header.addFollowUp')}
          </button>
          <button type="button" className="button button--primary button--small" onClick={() => setEditing({ kind: 'new-moment' })}>
            {t('header.logMoment')}
          </button>
        </div>
      </header>

      <LogFilters value={filters} onChange={setFilters} total={log.total} />

      {log.status === 'error' && (
        <div className="alert" role="alert">
          {t('loadFailed', { error: log.error ?? '' })}{' '}
          <button type="button" className="button button--small" onClick={() => void log.reload()}>
            {t('common:actions.retry')}
          </button>
        </div>
      )}

      {log.status === 'ready' && log.total === 0 && !filtered && (
        <EmptyLog />
      )}
      {log.status === 'ready' && log.total === 0 && filtered && (
        <div className="empty">
          <h2>{t('noMatch.title')}</h2>
          <p className="muted">{t('noMatch.hint')}</p>
        </div>
      )}

      <LogList entries={log.entries} hasMore={log.nextCursor !== null} onNearEnd={loadMore} renderEntry={renderEntry} />

      {editing?.kind === 'moment' && <EditMomentDialog moment={editing.moment} onClose={() => setEditing(null)} />}
      {editing?.kind === 'new-moment' && <NewMomentDialog onClose={() => setEditing(null)} onSaved={() => saved(t('toast.momentSaved'))} />}
      {editing?.kind === 'note' && <NoteDialog note={editing.note} onClose={() => setEditing(null)} onSaved={saved} />}
      {editing?.kind === 'follow-up' && <FollowUpDialog followUp={editing.followUp} onClose={() => setEditing(null)} onSaved={saved} />}
      {editing?.kind === 'transfer' && <DataTransferDialog onClose={() => setEditing(null)} />}
      {toast && (
        <Toast
          message={toast.message}
          actionLabel={toast.undo ? t('common:actions.undo') : undefined}
          onAction={
            toast.undo
              ? () => {
                  const undo = toast.undo!;
                  setToast(null);
                  undo().then(
                    () => setToast({ message: t('toast.restored') }),
                    (e: unknown) => setToast({ message: errorMessage(e) }),
                  );
                }
              : undefined
          }
          onDone={closeToast}
        />
      )}
    </section>
  );
}
