import { Trans, useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../shared/domain/calendar';
import { call } from '../../api';

/**
 * A meeting's online link. "Join" only where the app will open it (https to Google Meet, Zoom,
 * Teams or Webex, decided and checked again by the main process); any other link stays text to copy.
 */
export function MeetingLink(props: { meeting: Pick<Meeting, 'title' | 'meetingUrl' | 'meetingUrlOpens'>; onProblem: (message: string) => void }) {
  const { t } = useTranslation('today');
  const url = props.meeting.meetingUrl;
  if (!url) return null;
  const shown = url.replace(/^https?:\/\//, '');
  if (!props.meeting.meetingUrlOpens) {
    return (
      <span className="meeting__link">
        <Trans t={t} i18nKey="link.text" values={{ address: shown }} components={{ address: <span className="meeting__address" /> }} />
      </span>
    );
  }
  const join = () => {
    call('meetings.openLink', { url }).catch((error: unknown) => props.onProblem(error instanceof Error ? error.message : t('link.failed')));
  };
  return (
    <span className="meeting__link">
      <button type="button" className="link-button" onClick={join} aria-label={props.meeting.title ? t('link.joinTitled', { title: props.meeting.title }) : t('link.joinUntitled')}>
        {t('link.join')}
      </button>{' '}
      <span className="meeting__address">{shown}</span>
    </span>
  );
}
