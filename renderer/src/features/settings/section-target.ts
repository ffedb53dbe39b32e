import { navigate } from '../../hooks/useHashRoute';

export type SettingsSection = 'calendars' | 'check-ins' | 'meetings' | 'system' | 'appearance' | 'privacy' | 'data';

let pending: SettingsSection | null = null;

/** Opens Settings at one section (e.g. "Settings → Calendars" from Today); the hash holds only the view. */
export function openSettingsAt(section: SettingsSection): void {
  pending = section;
  navigate('/settings');
}

/** The section asked for by openSettingsAt, once. */
export function takePendingSection(): SettingsSection | null {
  const section = pending;
  pending = null;
  return section;
}

export function sectionHeadingId(section: SettingsSection): string {
  return `settings-${section}`;
}

/** Brings a section's heading into view and gives it the keyboard focus. */
export function showSection(section: SettingsSection): void {
  const heading = document.getElementById(sectionHeadingId(section));
  if (!heading) return;
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}
