import { useTranslation } from 'react-i18next';
import { lastIntentionSentence, loopFollowUpLabel, type Loop } from '../../../../shared/domain/close-the-loop';
import { windowT } from '../../i18n';

/**
 * Before the next meeting with someone: what is still open with them and how last time's
 * intention went. A follow-up's own words stay folded until asked for: the card may float
 * over a shared screen.
 */
export function CloseTheLoop(props: { loop: Loop | null }) {
  const { t } = useTranslation('checkIn');
  const loop = props.loop;
  if (!loop || (loop.followUps.length === 0 && !loop.lastIntention)) return null;
  const repairOpen = loop.followUps.some((f) => f.repair);
  return (
    <section className="loop" aria-label={t('loop.title')}>
      <h2 className="loop__title">{t('loop.title')}</h2>
      {loop.lastIntention && <p className="loop__intention">{lastIntentionSentence(loop.lastIntention, repairOpen, windowT())}</p>}
      {loop.followUps.length > 0 && (
        <ul className="loop__list">
          {loop.followUps.map((f) => (
            <li key={f.id} data-repair={f.repair || undefined}>
              <details>
                <summary>{loopFollowUpLabel(f, windowT())}</summary>
                <p className="loop__text">{f.text}</p>
              </details>
            </li>
          ))}
        </ul>
      )}
      {loop.moreFollowUps > 0 && <p className="muted">{t('loop.more', { count: loop.moreFollowUps })}</p>}
    </section>
  );
}
