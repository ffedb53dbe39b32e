import { MIN_ANSWERS_FOR_RATE, type FollowThrough, type ResponseStats } from '../../../../shared/domain/insights';
import { Trans, useTranslation } from 'react-i18next';
import { percent } from './format';

const figure = { figure: <span className="stat__figure" /> };

/** A bar split into labelled parts; the labels carry the numbers, the colours only repeat them. */
function SplitBar(props: { parts: { key: string; value: number }[] }) {
  const total = props.parts.reduce((sum, p) => sum + p.value, 0);
  if (total === 0) return null;
  return (
    <div className="split" aria-hidden="true">
      {props.parts
        .filter((p) => p.value > 0)
        .map((p) => (
          <span key={p.key} className="split__part" data-part={p.key} style={{ flexGrow: p.value }} />
        ))}
    </div>
  );
}

export function FollowThroughCard(props: { value: FollowThrough }) {
  const { t } = useTranslation('insights');
  const f = props.value;
  const answered = f.yes + f.partly + f.no;
  return (
    <section className="card stat" aria-labelledby="follow-through-title">
      <h2 id="follow-through-title">{t('followThrough.title')}</h2>
      {f.intentions === 0 ? (
        <p className="muted">{t('followThrough.none')}</p>
      ) : (
        <>
          {f.keptRate === null ? (
            <p className="stat__headline">
              <Trans t={t} i18nKey="followThrough.countHeadline" values={{ yes: f.yes, answered }} components={figure} />
              {answered > 0 && <span className="muted"> · {t('followThrough.atLeastPartly', { value: f.yes + f.partly })}</span>}
            </p>
          ) : (
            <p className="stat__headline">
              <Trans t={t} i18nKey="followThrough.rateHeadline" values={{ rate: percent(f.keptRate) }} components={figure} />
              <span className="muted"> · {t('followThrough.atLeastPartly', { value: percent(f.atLeastPartlyRate) })}</span>
            </p>
          )}
          <SplitBar
            parts={[
              { key: 'yes', value: f.yes },
              { key: 'partly', value: f.partly },
              { key: 'no', value: f.no },
            ]}
          />
          <dl className="stat__facts">
            <div data-part="yes">
              <dt>{t('followThrough.fully')}</dt>
              <dd>{f.yes}</dd>
            </div>
            <div data-part="partly">
              <dt>{t('followThrough.partly')}</dt>
              <dd>{f.partly}</dd>
            </div>
            <div data-part="no">
              <dt>{t('followThrough.notKept')}</dt>
              <dd>{f.no}</dd>
            </div>
          </dl>
          <p className="muted stat__note">
            {t('followThrough.note', { count: f.intentions, answered })}
            {f.notAnswered > 0 && t('followThrough.noteBlank', { value: f.notAnswered })}
            {f.notReflected > 0 && t('followThrough.noteNotReflected', { value: f.notReflected })}.
            {f.keptRate === null && t('followThrough.rateFrom', { minimum: MIN_ANSWERS_FOR_RATE })}
          </p>
        </>
      )}
    </section>
  );
}

export function ResponseCard(props: { value: ResponseStats }) {
  const { t } = useTranslation('insights');
  const r = props.value;
  const notShown = r.notShown['quiet-time'] + r.notShown.paused + r.notShown.away + r.notShown['too-late'];
  const reasons = [
    r.notShown['quiet-time'] && t('response.quiet', { value: r.notShown['quiet-time'] }),
    r.notShown.paused && t('response.paused', { value: r.notShown.paused }),
    r.notShown.away && t('response.away', { value: r.notShown.away }),
    r.notShown['too-late'] && t('response.tooLate', { value: r.notShown['too-late'] }),
  ].filter(Boolean);
  return (
    <section className="card stat" aria-labelledby="response-title">
      <h2 id="response-title">{t('response.title')}</h2>
      {r.shown === 0 ? (
        <p className="muted">{t('response.none')}</p>
      ) : (
        <>
          {r.rate === null ? (
            <p className="stat__headline">
              <Trans t={t} i18nKey="response.countHeadline" count={r.shown} values={{ answered: r.answered + r.filledInLater }} components={figure} />
            </p>
          ) : (
            <p className="stat__headline">
              <Trans t={t} i18nKey="response.rateHeadline" count={r.shown} values={{ rate: percent(r.rate) }} components={figure} />
            </p>
          )}
          <SplitBar
            parts={[
              { key: 'answered', value: r.answered },
              { key: 'later', value: r.filledInLater },
              { key: 'open', value: r.later + r.skipped + r.missed },
            ]}
          />
          <dl className="stat__facts">
            <div data-part="answered">
              <dt>{t('response.onCard')}</dt>
              <dd>{r.answered}</dd>
            </div>
            <div data-part="later">
              <dt>{t('response.fromReview')}</dt>
              <dd>{r.filledInLater}</dd>
            </div>
            <div data-part="open">
              <dt>{t('response.skipped')}</dt>
              <dd>{r.skipped}</dd>
            </div>
            <div data-part="open">
              <dt>{t('response.putOff')}</dt>
              <dd>{r.later}</dd>
            </div>
            <div data-part="open">
              <dt>{t('response.timedOut')}</dt>
              <dd>{r.missed}</dd>
            </div>
          </dl>
        </>
      )}
      {notShown > 0 && (
        <p className="muted stat__note">
          {t('response.notCounted', { count: notShown, reasons: reasons.join(', ') })}
        </p>
      )}
    </section>
  );
}
