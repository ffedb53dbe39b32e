import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice } from '../../../../shared/domain/notice';
import { call, subscribe } from '../../api';

/** Things the user must know about their data (a restored file, unsaved changes). */
export function NoticesBanner() {
  const { t } = useTranslation(['shell', 'common']);
  const [notices, setNotices] = useState<Notice[]>([]);
  useEffect(() => {
    call('notices.list')
      .then(setNotices)
      .catch(() => undefined);
    return subscribe('notices.changed', setNotices);
  }, []);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="region" aria-label={t('notices.label')}>
      {notices.map((n) => (
        <div key={n.id} className="notice" data-level={n.level} role={n.level === 'error' ? 'alert' : 'status'}>
          <div className="notice__body">
            <p className="notice__title">{n.title}</p>
            <p>{n.detail}</p>
          </div>
          <button type="button" className="button button--small" onClick={() => void call('notices.dismiss', { id: n.id }).then(setNotices)}>
            {t('common:actions.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
