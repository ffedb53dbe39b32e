import { MIN_MOMENTS_FOR_PATTERN } from '../../../../shared/domain/harm-patterns';
import { STUDIES, type Study } from './studies';

/** Jumps within the page without touching the hash, which is the app's route. */
function jumpTo(id: string): void {
  const heading = document.getElementById(id);
  if (!heading) return;
  heading.scrollIntoView({ block: 'start' });
  heading.focus();
}

function StudySection(props: { study: Study }) {
  const s = props.study;
  const id = `study-${s.id}`;
  return (
    <article className="card study" aria-labelledby={id}>
      <header className="study__header">
        <h2 id={id} tabIndex={-1}>
          {s.title}
        </h2>
        <p className="study__claim">{s.claim}</p>
      </header>
      <div className="study__parts">
        <section>
          <h3>What the study found</h3>
          {s.found.map((text) => (
            <p key={text}>{text}</p>
          ))}
        </section>
        <section>
          <h3>How Touchpoint uses it</h3>
          {s.use.map((text) => (
            <p key={text}>{text}</p>
          ))}
        </section>
        <section>
          <h3>Honest limits</h3>
          <ul>
            {s.limits.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </section>
      </div>
      <p className="study__citation">
        <cite>{s.citation}</cite>
      </p>
    </article>
  );
}

/** "About the science": the studies the prompts rest on, what they found, and what they do not show. */
export function ScienceView() {
  return (
    <section className="view science" aria-labelledby="science-title">
      <header className="view__header">
        <div>
          <h1 id="science-title">About the science</h1>
          <p className="muted">Why Touchpoint asks what it asks, in plain words, with the limits left in.</p>
        </div>
      </header>
      <nav className="science__jump" aria-label="On this page">
        <ul>
          {STUDIES.map((study) => (
            <li key={study.id}>
              <button type="button" className="science__jump-link" onClick={() => jumpTo(`study-${study.id}`)}>
                {study.title}
              </button>
            </li>
          ))}
          <li>
            <a className="science__jump-link" href="#/insights">
              Back to Insights
            </a>
          </li>
        </ul>
      </nav>
      <div className="card science__intro">
        <p>
          Touchpoint rests on a simple idea: trust at work is built and damaged in small moments, a few seconds at a time, and noticing those moments is
          the first step to having more of the good ones. Four studies shaped its prompts. None of them tested Touchpoint itself, and none promises
          that logging moments will make you a better manager. They are reasons to pay attention, not guarantees.
        </p>
      </div>
      {STUDIES.map((study) => (
        <StudySection key={study.id} study={study} />
      ))}
      <section className="card" aria-labelledby="science-numbers">
        <h2 id="science-numbers">What your own numbers can and cannot tell you</h2>
        <ul className="science__list">
          <li>They count what you noticed and chose to log, not everything that happened. A week with more harms logged may be a week of more honesty.</li>
          <li>Helped and harmed are counted apart on purpose: a harm is not undone by a help elsewhere, and a single score would hide that.</li>
          <li>“Not reached lately” is a nudge to reach out, not a judgement. Some people you meet rarely, and that can be fine.</li>
          <li>Everything stays on this computer. A weekly summary leaves it only if you export it and share it yourself.</li>
        </ul>
      </section>
      <section className="card" aria-labelledby="science-patterns">
        <h2 id="science-patterns">What a pattern in your log can and cannot mean</h2>
        <p>
          “What goes with harm” compares the share of your moments that harmed trust in one situation (say, after three or more back-to-back meetings)
          with the share everywhere else. It shows the counts and a 95% interval: the range of shares that would fit your moments, given how few there
          are. Read “Of your 23 moments after three or more back-to-back meetings, 9 were harm (39%, 22–59%); otherwise 12%” as: in your log, harm
          came up more often after long runs of meetings, and the difference is larger than a few moments either way would explain.
        </p>
        <h3>What it can mean</h3>
        <ul className="science__list">
          <li>Something to try: a five-minute gap after the third meeting, a different hour for a hard conversation, a walk before a 1:1.</li>
          <li>A question to bring to a coach or mentor, with numbers from your own weeks rather than a general rule.</li>
        </ul>
        <h3>What it cannot mean</h3>
        <ul className="science__list">
          <li>
            It is not a cause. Busy days may be the days with hard news; a person may be in the meetings where things go wrong for other reasons. The
            meetings do not necessarily make the harm.
          </li>
          <li>It counts what you noticed and logged. If you log more on hard days, harm will look more common on them.</li>
          <li>
            It is one person’s log, not a study. With many situations looked at, one will stand out now and then by chance: that is why the interval
            is shown, and why a situation is shown only from {MIN_MOMENTS_FOR_PATTERN} moments in it and {MIN_MOMENTS_FOR_PATTERN} outside it.
          </li>
          <li>Nothing about a person is a verdict on them: “moments with Sam” are your moments, about how you showed up.</li>
        </ul>
      </section>
    </section>
  );
}
