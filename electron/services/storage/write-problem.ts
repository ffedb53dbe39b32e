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
      return 'the disk is full.';
    case UNREADABLE_FILE:
      return 'the file could not be read first, so Touchpoint does not overwrite it.';
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
      return 'Touchpoint is not allowed to write to its data folder.';
    case 'EIO':
      return 'the disk reported an error.';
    case undefined:
    default:
      // The details go to the log; the user gets words, not an error code or a path.
      return 'its data folder could not be written.';
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
      return 'Touchpoint is not allowed to read it.';
    case 'EIO':
      return 'the disk reported a read error.';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files are open.';
    case undefined:
    default:
      return `the file could not be read (${error instanceof Error ? error.message : String(error)}).`;
  }
}
