import { t } from '../text/main-text';

/**
 * A file-system error in words for the user: what went wrong, not an errno. As a sentence
 * ("The disk is full."), or, from writeProblemClause, to end one ("…could not be made: the disk is full.").
 */
export function describeWriteProblem(error: unknown): string {
  const clause = writeProblemClause(error);
  return clause.charAt(0).toUpperCase() + clause.slice(1);
}

export function writeProblemClause(error: unknown): string {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOSPC':
      return t('errors:write.full');
    case UNREADABLE_FILE:
      return t('errors:write.unreadable');
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
      return t('errors:write.denied');
    case 'EIO':
      return t('errors:write.io');
    case undefined:
    default:
      // The details go to the log; the user gets words, not an error code or a path.
      return t('errors:write.other');
  }
}

/** True for an error from the file system (it has an errno code), as opposed to a bug. */
export function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && typeof (error as NodeJS.ErrnoException).syscall === 'string';
}

/** The code of the cause of a write refused because its file could not be read first (see PartitionedCollection.markUnreadable). */
export const UNREADABLE_FILE = 'TOUCHPOINT_UNREADABLE';

/** Why a file could not be read, to end a sentence ("…could not be read: the disk reported a read error."). */
export function readProblemClause(error: unknown): string {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'EACCES':
    case 'EPERM':
      return t('errors:read.denied');
    case 'EIO':
      return t('errors:read.io');
    case 'EMFILE':
    case 'ENFILE':
      return t('errors:read.tooManyFiles');
    case undefined:
    default:
      return t('errors:read.other', { reason: error instanceof Error ? error.message : String(error) });
  }
}
