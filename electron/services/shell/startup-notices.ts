import type { NoticeInput } from '../notices';
import { t } from '../text/main-text';

/** What the user is told once the app is up about problems met while starting. */
export function startupNotices(facts: { settingsSetAside: string | null }): NoticeInput[] {
  const notices: NoticeInput[] = [];
  if (facts.settingsSetAside) {
    notices.push({
      level: 'warning',
      title: t('desktop:notices.settingsUnreadable.title'),
      detail: t('desktop:notices.settingsUnreadable.detail', { path: facts.settingsSetAside }),
    });
  }
  return notices;
}
