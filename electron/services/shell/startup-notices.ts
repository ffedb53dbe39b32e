import type { NoticeInput } from '../notices';

/** What the user is told once the app is up about problems met while starting. */
export function startupNotices(facts: { settingsSetAside: string | null }): NoticeInput[] {
  const notices: NoticeInput[] = [];
  if (facts.settingsSetAside) {
    notices.push({
      level: 'warning',
      title: 'Your settings file could not be read',
      detail: `Touchpoint started with default settings. The unreadable file is kept at ${facts.settingsSetAside}.`,
    });
  }
  return notices;
}
