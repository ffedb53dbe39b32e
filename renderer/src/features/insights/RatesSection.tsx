import { MIN_ANSWERS_FOR_RATE, type FollowThrough, type ResponseStats } from '../../../../shared/domain/insights';
import { percent, plural } from './format';

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
  const f = props.value;
  const answered = f.yes + f.partly + f.no;
  return (
    <section className="card stat" aria-labelledby="follow-through-title">
      <h2 id="follow-through-title">Intentions kept</h2>
      {f.intentions === 0 ? (
        <p className="muted">No meetings with an intention in this period yet. Set one on the card before a meeting (“how will you show up?”).</p>
      ) : (
        <>
          {f.keptRate === null ? (
            <p className="stat__headline">
              <span className="stat__figure">{f.yes}</span> of {answered} kept fully
              {answered > 0 && <span className="muted"> · {f.yes + f.partly} at least partly</span>}
            </p>
          ) : (
            <p className="stat__headline">
              <span className="stat__figure">{percent(f.keptRate)}</span> kept fully
              <span className="muted"> · {percent(f.atLeastPartlyRate)} at least partly</span>
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
              <dt>Fully</dt>
              <dd>{f.yes}</dd>
            </div>
            <div data-part="partly">
              <dt>Partly</dt>
              <dd>{f.partly}</dd>
            </div>
            <div data-part="no">
              <dt>Not kept</dt>
              <dd>{f.no}</dd>
            </div>
          </dl>
          <p className="muted stat__note">
            Of {plural(f.intentions, 'meeting')} with an intention, {answered} answered “kept?”
            {f.notAnswered > 0 && `, ${f.notAnswered} left it blank`}
            {f.notReflected > 0 && `, ${f.notReflected} not looked back on`}.
            {f.keptRate === null && ` A percentage appears from ${MIN_ANSWERS_FOR_RATE} answers on.`}
          </p>
        </>
      )}
    </section>
  );
}

export function ResponseCard(props: { value: ResponseStats }) {
  const r = props.value;
  const notShown = r.notShown['quiet-time'] + r.notShown.paused + r.notShown.away + r.notShown['too-late'];
  const reasons = [
    r.notShown['quiet-time'] && `${r.notShown['quiet-time']} in quiet or off hours`,
    r.notShown.paused && `${r.notShown.paused} while paused`,
    r.notShown.away && `${r.notShown.away} while away or in do-not-disturb`,
    r.notShown['too-late'] && `${r.notShown['too-late']} too late to ask`,
  ].filter(Boolean);
  return (
    <section className="card stat" aria-labelledby="response-title">
      <h2 id="response-title">Check-ins answered</h2>
      {r.shown === 0 ? (
        <p className="muted">No check-in cards were shown in this period.</p>
      ) : (
        <>
          {r.rate === null ? (
            <p className="stat__headline">
              <span className="stat__figure">{r.answered + r.filledInLater}</span> of {plural(r.shown, 'card')} answered
            </p>
          ) : (
            <p className="stat__headline">
              <span className="stat__figure">{percent(r.rate)}</span> of {plural(r.shown, 'card')} shown
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
              <dt>On the card</dt>
              <dd>{r.answered}</dd>
            </div>
            <div data-part="later">
              <dt>From the review</dt>
              <dd>{r.filledInLater}</dd>
            </div>
            <div data-part="open">
              <dt>Skipped</dt>
              <dd>{r.skipped}</dd>
            </div>
            <div data-part="open">
              <dt>Put off</dt>
              <dd>{r.later}</dd>
            </div>
            <div data-part="open">
              <dt>Timed out</dt>
              <dd>{r.missed}</dd>
            </div>
          </dl>
        </>
      )}
      {notShown > 0 && (
        <p className="muted stat__note">
          Not counted: {plural(notShown, 'card')} never shown ({reasons.join(', ')}).
        </p>
      )}
    </section>
  );
}
