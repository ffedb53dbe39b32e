import { useEffect, useState } from 'react';

/** The current hash route ("/log", "/popup/log"...). Windows are opened on a route by the main process. */
export function useHashRoute(): string {
  const read = () => window.location.hash.replace(/^#/, '') || '/log';
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const onChange = () => setRoute(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function navigate(route: string): void {
  window.location.hash = route;
}
