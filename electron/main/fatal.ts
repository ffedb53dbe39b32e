import { dialog } from 'electron';

/** Last-resort message when Touchpoint cannot start; the data is never touched here. */
export function showFatalError(error: unknown): void {
  const detail = typeof error === 'string' ? error : error instanceof Error ? error.message : String(error);
  console.error('Touchpoint could not start:', error);
  dialog.showErrorBox('Touchpoint could not start', detail);
}
