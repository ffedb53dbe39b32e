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
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
      return 'Touchpoint is not allowed to write to its data folder.';
    case undefined:
    default:
      return `the data folder could not be written (${error instanceof Error ? error.message : String(error)}).`;
  }
}
