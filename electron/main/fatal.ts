import { dialog } from 'electron';
import { t } from '../services/text/main-text';

/** Last-resort message when Touchpoint cannot start; the data is never touched here. */
export function showFatalError(error: unknown): void {
  const detail = typeof error === 'string' ? error : error instanceof Error ? error.message : String(error);
  console.error('Touchpoint could not start:', error);
  dialog.showErrorBox(t('desktop:dialogs.fatalTitle'), detail);
}
