import type { Catalog } from '../../../shared/i18n/catalog';
import type { Resources } from '../../../shared/i18n/en/index';

/**
 * The main window's English namespaces that only some views use: each loads with the first
 * view that needs it (routes.tsx), not at start. Every other namespace the window uses is in
 * ./main-english. tests/unit/i18n/window-catalogs checks that each view's code finds its own.
 */
export const mainViewEnglish = {
  checkIn: () => import('../../../shared/i18n/en/check-in'),
  moment: () => import('../../../shared/i18n/en/moment'),
  log: () => import('../../../shared/i18n/en/log'),
  review: () => import('../../../shared/i18n/en/review'),
  insights: () => import('../../../shared/i18n/en/insights'),
  science: () => import('../../../shared/i18n/en/science'),
  settings: () => import('../../../shared/i18n/en/settings'),
  settingsData: () => import('../../../shared/i18n/en/settings-data'),
} satisfies { [N in keyof Resources]?: () => Promise<{ default: Catalog<Resources[N]> }> };

export type ViewNamespace = keyof typeof mainViewEnglish;
