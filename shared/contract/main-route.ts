import type { MainView } from './commands';

/**
 * The main window's hash route for a view, and for the person page (Insights for one person:
 * "/insights?person=Sam%20Rivera"). The shell opens windows on it, the page navigates to it.
 */
export function mainRoute(view: MainView, person?: string | null): string {
  return person ? `/${view}?person=${encodeURIComponent(person)}` : `/${view}`;
}
