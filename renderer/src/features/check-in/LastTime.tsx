import { useId, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { PromptView } from '../../../../shared/domain/coach-view';
import { formatRelative } from '../../../../shared/format/locale-format';
import { call } from '../../api';
import { ValenceBadge } from '../../components/ValenceBadge';
import { appLocale } from '../../locale';

function ago(instant: string, now: number): string {
  const days = Math.round((Date.parse(instant) - now) / 86_400_000);
  return formatRelative(appLocale(), days, 'day');
}

/** Opens the person's page in the main window, to prepare properly; the card stays as it is. */
function PersonPageLink(props: { person: string }) {
  const { t } = useTranslation('checkIn');
  return (
    <button type="button" className="link-button last-time__open" onClick={() => void call('windows.openMain', { view: 'insights', person: props.person }).catch(() => undefined)} aria-label={t('lastTime.openPageFor', { person: props.person })}>
      {t('lastTime.openPage')}
    </button>
  );
}

/**
 * A private note stays covered until the user asks for it (a click, or Enter / Space on the
 * button): the card floats over whatever is on screen, maybe a shared one. Each card starts
 * covered again (the card is re-mounted per prompt). Cards for larger meetings get no notes.
 */
function PrivateNote(props: { note: string; person: string }) {
  const { t } = useTranslation('checkIn');
  const [shown, setShown] = useState(false);
  const id = useId();
  return (
    <div className="last-time__note-wrap">
      <button type="button" className="link-button last-time__reveal" aria-expanded={shown} aria-controls={id} onClick={() => setShown(!shown)}>
        <Trans t={t} i18nKey={shown ? 'lastTime.hideNote' : 'lastTime.showNote'} values={{ person: props.person }} components={{ about: <span className="visually-hidden" /> }} />
      </button>
      <p id={id} className="last-time__note" hidden={!shown}>
        {shown ? t('lastTime.quotedNote', { note: props.note }) : ''}
      </p>
    </div>
  );
}

/** What happened last time with the people in this meeting: notes follow the person. */
export function LastTime(props: { lastTime: PromptView['lastTime'] }) {
  // "3 days ago" is relative to when the card opened; a card lives for seconds.
  const { t } = useTranslation(['checkIn', 'common']);
  const [now] = useState(() => Date.now());
  if (props.lastTime.length === 0) return null;
  return (
    <section className="last-time" aria-label={t('lastTime.region')}>
      <h2 className="last-time__title">{t('lastTime.title')}</h2>
      <ul>
        {props.lastTime.flatMap((p) =>
          p.moments.slice(0, 1).map((m) => (
            <li key={m.id} className="last-time__item">
              <span className="last-time__person">{p.person}</span>{' '}
              <PersonPageLink person={p.person} />{' '}
              <ValenceBadge valence={m.valence} />{' '}
              <span className="muted">
                {ago(m.occurredAt, now)}
                {m.tags.length > 0 && ` · ${m.tags.map((tag) => t(`common:tags.${tag}`)).join(', ')}`}
              </span>
              {m.note && <PrivateNote note={m.note} person={p.person} />}
            </li>
          )),
        )}
      </ul>
    </section>
  );
}
