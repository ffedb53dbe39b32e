import { useEffect, type ReactNode } from 'react';
import { subscribe } from '../../api';
import { navigate } from '../../hooks/useHashRoute';
import { NoticesBanner } from './NoticesBanner';

const NAV: { route: string; label: string }[] = [
  { route: '/log', label: 'Reflection log' },
  { route: '/settings', label: 'Settings' },
];

/** The main window's frame: navigation on the left, notices and the current view on the right. */
export function MainShell(props: { route: string; children: ReactNode }) {
  useEffect(() => subscribe('navigation.requested', ({ view }) => navigate(`/${view}`)), []);
  return (
    <div className="shell">
      <nav className="shell__nav" aria-label="Touchpoint">
        <div className="shell__brand">
          <span className="shell__logo" aria-hidden="true" />
          Touchpoint
        </div>
        <ul>
          {NAV.map((item) => (
            <li key={item.route}>
              <a href={`#${item.route}`} className="shell__link" aria-current={props.route === item.route ? 'page' : undefined}>
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="shell__main">
        <NoticesBanner />
        {props.children}
      </main>
    </div>
  );
}
