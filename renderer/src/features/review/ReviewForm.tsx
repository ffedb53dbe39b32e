import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Intention } from '../../../../shared/domain/checkin';
import { LIMITS } from '../../../../shared/domain/moment';
import type { ReviewDay } from '../../../../shared/domain/review-day';
import { call, errorMessage } from '../../api';
import { IntentionPicker } from '../check-in/IntentionPicker';

type Scale = 1 | 2 | 3 | 4 | 5;

function ScaleChoice(props: { name: string; label: string; low: string; high: string; value: number | null; onChange: (v: Scale | null) => void }) {
  const { t } = useTranslation('review');
  const { name } = props;
  return (
    <fieldset className="scale">
      <legend className="field__label">
        {props.label} <span className="muted">{t('form.optional')}</span>
      </legend>
      <div className="scale__options">
        <span className="muted scale__end">{props.low}</span>
        {([1, 2, 3, 4, 5] as const).map((n) => (
          <label key={n} className="scale__option">
            <input type="radio" name={name} checked={props.value === n} onChange={() => props.onChange(n)} aria-label={t('form.scaleOption', { label: props.label, value: n })} />
            <span aria-hidden="true">{n}</span>
          </label>
        ))}
        <span className="muted scale__end">{props.high}</span>
        {props.value !== null && (
          <button type="button" className="link-button" onClick={() => props.onChange(null)}>
            {t('form.clear')}
          </button>
        )}
      </div>
    </fieldset>
  );
}

/**
 * The reflective half of the review: rotating questions, mood and energy, tomorrow's
 * intention. Saved as a draft while typing (nothing is lost if the window closes); "Complete
 * the review" marks the day as reviewed.
 */
export function ReviewForm(props: { day: ReviewDay; onCompleted: () => void }) {
  const { t } = useTranslation('review');
  const saved = props.day.review;
  const [answers, setAnswers] = useState<Record<string, string>>(() => Object.fromEntries((saved?.answers ?? []).map((a) => [a.promptId, a.answer])));
  const [mood, setMood] = useState<number | null>(saved?.mood ?? null);
  const [energy, setEnergy] = useState<number | null>(saved?.energy ?? null);
  const [intention, setIntention] = useState<Intention | null>(saved?.tomorrowIntention ?? null);
  const [ownText, setOwnText] = useState(saved?.tomorrowIntention?.type === 'own' ? saved.tomorrowIntention.text : '');
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const dirty = useRef(false);

  const input = (complete: boolean) => ({
    day: props.day.day,
    answers: props.day.prompts.map((p) => ({ promptId: p.id, answer: answers[p.id] ?? '' })),
    mood: mood as Scale | null,
    energy: energy as Scale | null,
    tomorrowIntention: intention,
    complete,
  });

  // Drafts save themselves shortly after the last change.
  useEffect(() => {
    if (!dirty.current) return;
    const timer = setTimeout(() => {
      call('review.save', input(false)).then(
        () => setStatus(t('form.draftSaved')),
        (e: unknown) => setError(errorMessage(e)),
      );
    }, 800);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the inputs below are what the draft is made of
  }, [answers, mood, energy, intention]);

  const change = <T,>(set: (v: T) => void) => (value: T) => {
    dirty.current = true;
    setError(null);
    setStatus(null);
    set(value);
  };

  const complete = async () => {
    try {
      await call('review.save', input(true));
      dirty.current = false;
      setStatus(null);
      props.onCompleted();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <form
      className="review-form"
      onSubmit={(e) => {
        e.preventDefault();
        void complete();
      }}
    >
      <section className="card" aria-labelledby="reflect-title">
        <h2 id="reflect-title">{t('form.reflect')}</h2>
        {props.day.prompts.map((p) => (
          <div key={p.id} className="field">
            <label className="field__label" htmlFor={`answer-${p.id}`}>
              {p.text}
            </label>
            <textarea
              id={`answer-${p.id}`}
              className="textarea"
              rows={2}
              maxLength={LIMITS.noteChars}
              value={answers[p.id] ?? ''}
              onChange={(e) => change(setAnswers)({ ...answers, [p.id]: e.target.value })}
            />
          </div>
        ))}
        <div className="review-form__scales">
          <ScaleChoice name="mood" label={t('form.mood')} low={t('form.moodLow')} high={t('form.moodHigh')} value={mood} onChange={change(setMood)} />
          <ScaleChoice name="energy" label={t('form.energy')} low={t('form.energyLow')} high={t('form.energyHigh')} value={energy} onChange={change(setEnergy)} />
        </div>
      </section>

      <section className="card" aria-labelledby="tomorrow-title">
        <h2 id="tomorrow-title">{t('form.tomorrow')}</h2>
        <IntentionPicker
          intention={intention}
          ownText={ownText}
          onChange={(next, text) => {
            change(setIntention)(next);
            setOwnText(text);
          }}
        />
      </section>

      {error && (
        <div className="alert" role="alert">
          {error}
        </div>
      )}
      <div className="review-form__actions">
        <span className="muted" role="status">
          {status}
        </span>
        <button type="submit" className="button button--primary">
          {saved?.completedAt ? t('form.save') : t('form.complete')}
        </button>
      </div>
    </form>
  );
}
