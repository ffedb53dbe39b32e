import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollParentContext } from '../../hooks/useScrollParent';
import { subscribe } from '../../api';
import { navigate } from '../../hooks/useHashRoute';
import type { MainView } from '../../../../shared/contract/index';
import { MAIN_ROUTES } from '../../routes';
import { mainRoute } from '../../../../shared/contract/main-route';
import { NoticesBanner } from './NoticesBanner';

/** The main window's frame: navigation on the left, notices and the current view on the right. */
export function MainShell(props: { view: MainView; children: ReactNode }) {
  const { t } = useTranslation('shell');
  useEffect(() => subscribe('navigation.requested', ({ view, person }) => navigate(mainRoute(view, person))), []);
  const [scrollParent, setScrollParent] = useState<HTMLElement | null>(null);
  return (
    <div className="shell">
      <nav className="shell__nav" aria-label={t('brand')}>
        <div className="shell__brand">
          <span className="shell__logo" aria-hidden="true" />
          {t('brand')}
        </div>
        <ul>
          {MAIN_ROUTES.map((item) => (
            <li key={item.view}>
              <a href={`#/${item.view}`} className="shell__link" aria-current={props.view === item.view ? 'page' : undefined}>
                {t(`views.${item.view}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="shell__main" ref={setScrollParent}>
        <NoticesBanner />
        <ScrollParentContext value={scrollParent}>{props.children}</ScrollParentContext>
      </main>
    </div>
  );
}
