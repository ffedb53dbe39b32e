import { MIN_MOMENTS_FOR_PATTERN } from '../../../../shared/domain/harm-patterns';
import { useTranslation } from 'react-i18next';
import { STUDY_IDS, type StudyId } from './studies';

/** Jumps within the page without touching the hash, which is the app's route. */
function jumpTo(id: string): void {
  const heading = document.getElementById(id);
  if (!heading) return;
  heading.scrollIntoView({ block: 'start' });
  heading.focus();
}

function StudySection(props: { id: StudyId }) {
  const { t } = useTranslation('science');
  const id = `study-${props.id}`;
  // Each part is a few paragraphs, in the catalog's order (p1, p2…).
  const study = (key: 'found' | 'use' | 'limits') => Object.values(t(`studies.${props.id}.${key}`, { returnObjects: true }) as Record<string, string>);
  return (
    <article className="card study" aria-labelledby={id}>
      <header className="study__header">
        <h2 id={id} tabIndex={-1}>
          {t(`studies.${props.id}.title`)}
        </h2>
        <p className="study__claim">{t(`studies.${props.id}.claim`)}</p>
      </header>
      <div className="study__parts">
        <section>
          <h3>{t('view.found')}</h3>
          {study('found').map((text) => (
            <p key={text}>{text}</p>
          ))}
        </section>
        <section>
          <h3>{t('view.use')}</h3>
          {study('use').map((text) => (
            <p key={text}>{text}</p>
          ))}
        </section>
        <section>
          <h3>{t('view.limits')}</h3>
          <ul>
            {study('limits').map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </section>
      </div>
      <p className="study__citation">
        <cite>{t(`studies.${props.id}.citation`)}</cite>
      </p>
    </article>
  );
}

/** "About the science": the studies the prompts rest on, what they found, and what they do not show. */
export function ScienceView() {
  const { t } = useTranslation('science');
  const list = (key: 'numbers.items' | 'patterns.can') => Object.values(t(key, { returnObjects: true }) as Record<string, string>);
  return (
    <section className="view science" aria-labelledby="science-title">
      <header className="view__header">
        <div>
          <h1 id="science-title">{t('view.title')}</h1>
          <p className="muted">{t('view.intro')}</p>
        </div>
      </header>
      <nav className="science__jump" aria-label={t('view.jumpLabel')}>
        <ul>
          {STUDY_IDS.map((id) => (
            <li key={id}>
              <button type="button" className="science__jump-link" onClick={() => jumpTo(`study-${id}`)}>
                {t(`studies.${id}.title`)}
              </button>
            </li>
          ))}
          <li>
            <a className="science__jump-link" href="#/insights">
              {t('view.back')}
            </a>
          </li>
        </ul>
      </nav>
      <div className="card science__intro">
        <p>{t('view.lead')}</p>
      </div>
      {STUDY_IDS.map((id) => (
        <StudySection key={id} id={id} />
      ))}
      <section className="card" aria-labelledby="science-numbers">
        <h2 id="science-numbers">{t('numbers.title')}</h2>
        <ul className="science__list">
          {list('numbers.items').map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="science-patterns">
        <h2 id="science-patterns">{t('patterns.title')}</h2>
        <p>{t('patterns.text')}</p>
        <h3>{t('patterns.canTitle')}</h3>
        <ul className="science__list">
          {list('patterns.can').map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
        <h3>{t('patterns.cannotTitle')}</h3>
        <ul className="science__list">
          <li>{t('patterns.notACause')}</li>
          <li>{t('patterns.noticed')}</li>
          <li>{t('patterns.chance', { minimum: MIN_MOMENTS_FOR_PATTERN })}</li>
          <li>{t('patterns.verdict')}</li>
        </ul>
      </section>
    </section>
  );
}
