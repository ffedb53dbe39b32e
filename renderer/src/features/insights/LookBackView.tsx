import { useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { intentionText, type Intention } from '../../../../shared/domain/checkin';
import type { LookBack } from '../../../../shared/domain/look-back';
import type { TagId } from '../../../../shared/domain/tags';
import { call, errorMessage, subscribe } from '../../api';
import { navigate } from '../../hooks/useHashRoute';
import { instantDateTime, weekRange } from './format';
import { windowT } from '../../i18n';

function Counts({ value }: { value: LookBack }) {
  const { t } = useTranslation(['insights', 'common']);
  const total = value.own.helped + value.own.harmed;
  return (
    <section className="card" aria-labelledby="look-back-counts-title">
      <h2 id="look-back-counts-title">{t('lookBack.countsTitle')}</h2>
      {total === 0 ? (
        <p className="muted">{t('lookBack.noMoments')}</p>
      ) : (
        <p>
          {t('lookBack.counts', { count: value.own.helped, harmed: value.own.harmed })}
          {value.witnessed.helped + value.witnessed.harmed > 0 && ` ${t('lookBack.witnessed', { helped: value.witnessed.helped, harmed: value.witnessed.harmed })}`}
        </p>
      )}
      {!value.enough && total > 0 && <p className="muted">{t('lookBack.tooFew')}</p>}
    </section>
  );
}

function Proud({ value }: { value: LookBack }) {
  const { t, i18n } = useTranslation(['insights', 'common']);
  const m = value.proud;
  const tagList = (tags: readonly TagId[]) => tags.map((tag) => t(`common:tags.${tag}`)).join(', ');
  // English reads the tags as what you did ("You listened, empathy"); German keeps its nouns capitalised.
  const tagsInText = (tags: readonly TagId[]) => (i18n.language === 'en' ? tagList(tags).toLocaleLowerCase() : tagList(tags));
  const people = m?.people.join(', ') ?? '';
  const sentence = !m
    ? ''
    : m.tags.length > 0
      ? people
        ? t('lookBack.youTagsWith', { tags: tagsInText(m.tags), people })
        : t('lookBack.youTags', { tags: tagsInText(m.tags) })
      : people
        ? t('lookBack.youHelpedWith', { people })
        : t('lookBack.youHelped');
  return (
    <section className="card" aria-labelledby="look-back-proud-title">
      <h2 id="look-back-proud-title">{t('lookBack.proudTitle')}</h2>
      {m ? (
        <blockquote className="look-back__proud">
          <p>{m.note || sentence}</p>
          <footer className="muted">
            {instantDateTime(m.occurredAt, m.timeZone)}
            {m.people.length > 0 && ` · ${t('lookBack.withPeople', { people })}`}
            {m.meetingTitle && ` · ${m.meetingTitle}`}
            {m.note && m.tags.length > 0 && ` · ${tagList(m.tags)}`}
          </footer>
        </blockquote>
      ) : (
        <p className="muted">{t('lookBack.noProud')}</p>
      )}
    </section>
  );
}

function Watch({ value }: { value: LookBack }) {
  const { t } = useTranslation(['insights', 'common']);
  const w = value.watch;
  return (
    <section className="card" aria-labelledby="look-back-watch-title">
      <h2 id="look-back-watch-title">{t('lookBack.watchTitle')}</h2>
      {w === null ? (
        <p className="muted">{value.enough ? t('lookBack.nothingThisWeek') : t('lookBack.nothingYet')}</p>
      ) : w.kind === 'pattern' ? (
        <p>
          {w.sentence} <a href="#/science">{t('patterns.scienceLink')}</a>
        </p>
      ) : (
        <p>
          <Trans t={t} i18nKey="lookBack.tagCameUp" values={{ label: t(`common:tags.${w.tag}`), times: w.count }} components={{ strong: <strong /> }} />
        </p>
      )}
    </section>
  );
}

function NextWeek({ value, onAccept, busy }: { value: LookBack; onAccept: (intention: Intention | null) => void; busy: boolean }) {
  const { t } = useTranslation(['insights', 'common']);
  const s = value.suggestion;
  const next = weekRange(value.nextWeekStart);
  return (
    <section className="card look-back__next" aria-labelledby="look-back-next-title">
      <h2 id="look-back-next-title">{t('lookBack.nextTitle', { range: next })}</h2>
      {value.accepted ? (
        <>
          <p role="status">
            <Trans t={t} i18nKey="lookBack.accepted" values={{ intention: intentionText(value.accepted, windowT()) }} components={{ q: <q /> }} />
          </p>
          <button type="button" className="button button--small button--ghost" disabled={busy} onClick={() => onAccept(null)}>
            {t('lookBack.drop')}
          </button>
        </>
      ) : (
        <>
          <p className="look-back__suggestion">
            <q>{intentionText(s.intention, windowT())}</q>
          </p>
          <p className="muted">
            {s.reason}
            {s.general && t('lookBack.general')}
          </p>
          <div className="look-back__actions">
            <button type="button" className="button button--primary" disabled={busy} onClick={() => onAccept(s.intention)}>
              {t('lookBack.use')}
            </button>
            <button type="button" className="button button--ghost" onClick={() => navigate('/today')}>
              {t('lookBack.skip')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

/**
 * The weekly look-back: opened from the tray or the review, never by itself. The week's help
 * and harm, one moment to be proud of, one pattern to watch, and an intention for next week.
 */
export function LookBackView() {
  const { t } = useTranslation(['insights', 'common']);
  const [value, setValue] = useState<LookBack | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    const load = () =>
      call('insights.lookBack', {}).then(
        (v) => current && (setValue(v), setError(null)),
        (e: unknown) => current && setError(errorMessage(e)),
      );
    void load();
    const offs = [subscribe('moments.changed', () => void load()), subscribe('log.changed', () => void load()), subscribe('settings.changed', () => void load())];
    return () => {
      current = false;
      offs.forEach((off) => off());
    };
  }, [attempt]);

  const accept = (intention: Intention | null) => {
    if (!value) return;
    setBusy(true);
    call('settings.update', { weekIntention: intention && { weekStart: value.nextWeekStart, intention } })
      .then(
        () => setAttempt((n) => n + 1),
        (e: unknown) => setError(errorMessage(e)),
      )
      .finally(() => setBusy(false));
  };

  return (
    <section className="view look-back" aria-labelledby="look-back-title">
      <header className="view__header">
        <div>
          <h1 id="look-back-title">{value ? t('lookBack.titleWeek', { range: weekRange(value.weekStart) }) : t('lookBack.title')}</h1>
          <p className="muted">{t('lookBack.intro')}</p>
        </div>
      </header>
      {error && (
        <div className="alert" role="alert">
          {error}{' '}
          <button type="button" className="button button--small" onClick={() => setAttempt((n) => n + 1)}>
            {t('common:actions.retry')}
          </button>
        </div>
      )}
      {!value && !error && <p className="muted">{t('lookBack.loading')}</p>}
      {value && (
        <>
          <Counts value={value} />
          <Proud value={value} />
          <Watch value={value} />
          <NextWeek value={value} onAccept={accept} busy={busy} />
        </>
      )}
    </section>
  );
}
