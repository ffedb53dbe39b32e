import { useEffect, useState } from 'react';

/** The window's hash route now ("/log", "/popup/log"...); "/log" when it has none. */
export function currentRoute(): string {
  return window.location.hash.replace(/^#/, '') || '/log';
}

/** The current hash route, kept current. Windows are opened on a route by the main process. */
export function useHashRoute(): string {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const onChange = () => setRoute(currentRoute());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function navigate(route: string): void {
  window.location.hash = route;
}

/** The path part of a route, without its "?day=..." parameters. */
export function routePath(route: string): string {
  return route.split('?')[0] ?? route;
}

/** Parameters after "?" in the hash route, e.g. "/review?day=2026-11-23". */
export function routeParams(route: string): URLSearchParams {
  const at = route.indexOf('?');
  return new URLSearchParams(at >= 0 ? route.slice(at + 1) : '');
}
