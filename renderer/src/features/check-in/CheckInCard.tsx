import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { IntentionSchema } from '../../../../shared/domain/checkin';
import type { PromptView } from '../../../../shared/domain/coach-view';
import type { CheckInAnswer } from '../../../../shared/domain/checkin-answer';
import type { Answered } from '../../../../shared/contract/coach';
import { assertNever } from '../../../../shared/domain/errors';
import { call, errorMessage } from '../../api';
import { CountdownRing } from '../../components/CountdownRing';
import { IntentionPicker } from './IntentionPicker';
import { LastTime } from './LastTime';
import { CloseTheLoop } from './CloseTheLoop';
import { ReflectSection } from './ReflectSection';
import { NotNowMenu, notNowItems, type NotNowChoice } from './NotNowMenu';
import { isSaveKey, isTextEntry, useSaveKeysLabel, valenceForKey } from '../../components/keyboard';
import { dropDraft, loadDraft, saveDraft, type CheckInDraft } from './drafts';
import { formatTime, localTimeZone } from '../../../../shared/format/locale-format';
import { appLocale } from '../../locale';
import { issueText } from '../../../../shared/domain/validation';
import { windowT } from '../../i18n';

const zone = localTimeZone();
const span = (m: { start: string; end: string }) => `${formatTime(appLocale(), m.start, zone)}–${formatTime(appLocale(), m.end, zone)}`;

function heading(view: PromptView, t: TFunction<'checkIn'>): { title: string; detail: string } {
  const { reflectOn, intendFor } = view;
  const names = view.attendeeNames;
  const people = names.length > 3 ? t('heading.morePeople', { names: names.slice(0, 3).join(', '), count: names.length - 3 }) : names.join(', ');
  const when = (m: { start: string; end: string }) => (people ? t('heading.withPeople', { time: span(m), people }) : span(m));
  switch (view.prompt.kind) {
    case 'before':
      return { title: intendFor ? t('heading.before', { title: intendFor.title }) : t('heading.beforeUntitled'), detail: intendFor ? when(intendFor) : '' };
    case 'after':
      return { title: reflectOn ? t('heading.after', { title: reflectOn.title }) : t('heading.afterUntitled'), detail: reflectOn ? when(reflectOn) : '' };
    case 'between':
      return {
        title: t('heading.between', { from: reflectOn?.title ?? t('heading.betweenFromUntitled'), to: intendFor?.title ?? t('heading.betweenToUntitled') }),
        detail: intendFor ? t('heading.nextStarts', { time: formatTime(appLocale(), intendFor.start, zone) }) : '',
      };
    case 'review':
      return { title: t('heading.review'), detail: t('heading.reviewDetail') };
    default:
      return assertNever(view.prompt, 'prompt');
  }
}

/**
 * One check-in card. It appears without taking focus; the first click or key makes it
 * the user's (no more timeout) and lets it take the keyboard. Ctrl/Cmd+Enter saves from
 * anywhere (Enter too from a text field); Enter or Space on a chip only toggles it; 1 or 2
 * picks helped or harmed outside text fields; Esc means "later" (still fillable from the
 * day's review).
 */
export function CheckInCard(props: { view: PromptView; onAnswered: (answered: Answered) => void }) {
  const { view } = props;
  const { prompt } = view;
  const { t } = useTranslation('checkIn');
  const saveKeys = useSaveKeysLabel();
  const promptId = prompt.id;
  const [draft, setDraft] = useState<CheckInDraft>(() => loadDraft(promptId, view.suggestedPeople, view.weekIntention));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const engaged = useRef(false);
  const { title, detail } = heading(view, t);

  const engage = () => {
    if (engaged.current) return;
    engaged.current = true;
    void call('coach.engage', { promptId }).catch(() => undefined);
  };
  const update = (patch: Partial<CheckInDraft>) => {
    const next = { ...draft, ...patch };
    saveDraft(promptId, next);
    setDraft(next);
    setError(null);
  };
  /** `keepDraft`: an answer keeps its draft until its Undo is over, so the card comes back filled in. */
  const act = async (action: () => Promise<unknown>, keepDraft = false) => {
    if (busy) return;
    setBusy(true);
    try {
      await action();
      if (!keepDraft) dropDraft(promptId);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const submit = () => {
    const answer: CheckInAnswer = { promptId, intention: null, reflection: null };
    if (view.intendFor) {
      const parsed = draft.intention ? IntentionSchema.safeParse(draft.intention) : null;
      if (parsed && !parsed.success) return setError(parsed.error.issues[0] ? issueText(parsed.error.issues[0], windowT()) : t('errors.checkIntention'));
      if (!parsed && prompt.kind === 'before') return setError(t('errors.pickIntention'));
      answer.intention = parsed?.success ? parsed.data : null;
    }
    if (view.reflectOn) {
      if (!draft.valence) return setError(t('errors.chooseValence'));
      if (draft.followUp && !draft.followUpText.trim()) return setError(t('errors.followUpText'));
      answer.reflection = {
        kept: draft.kept,
        moment: { valence: draft.valence, tags: draft.tags, people: draft.people, note: draft.note },
        followUp: draft.followUp ? { text: draft.followUpText, person: draft.people[0] ?? null, repair: draft.valence === 'harmed' } : null,
      };
    }
    void act(async () => props.onAnswered(await call('coach.answer', answer)), true);
  };

  const choose = (choice: NotNowChoice) => {
    switch (choice.kind) {
      case 'snooze':
        return void act(() => call('coach.snooze', { promptId, choice: choice.choice }));
      case 'later':
        return void act(() => call('coach.later', { promptId }));
      case 'skip':
        return void act(() => call('coach.skip', { promptId }));
      case 'mute-series':
        return void act(() => call('coach.muteSeries', { promptId }));
      default:
        return assertNever(choice, 'not-now choice');
    }
  };

  // On the window, not the card: a card that was shown quietly and then clicked into (or
  // reached by Alt+Tab) has focus on the page body, and its keys must still work.
  const onKeyDown = (event: KeyboardEvent) => {
    engage();
    if (event.defaultPrevented || event.isComposing) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      void act(() => call('coach.later', { promptId }));
      return;
    }
    const valence = view.reflectOn ? valenceForKey(event) : null;
    if (valence) {
      event.preventDefault();
      update({ valence });
      return;
    }
    if (event.key !== 'Enter' || prompt.kind === 'review') return;
    // Enter in a one-line field or the note (without Shift) saves; on a chip, checkbox or
    // button it is that control's own Enter.
    const target = event.target as HTMLElement;
    const inField = isTextEntry(target) && !(target.tagName === 'TEXTAREA' && event.shiftKey);
    if (isSaveKey(event) || inField) {
      event.preventDefault();
      submit();
    }
  };

  const keyHandler = useRef(onKeyDown);
  useEffect(() => {
    keyHandler.current = onKeyDown;
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => keyHandler.current(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  return (
    <main className="popup check-in" data-kind={prompt.kind} onPointerDown={engage} onFocus={engage}>
      <header className="check-in__header">
        <CountdownRing seconds={prompt.kind === 'between' ? 20 : 40} label={prompt.kind === 'between' ? t('card.countdownShort') : t('card.countdownLong')} />
        <div className="check-in__heading">
          <h1 className="check-in__title">{title}</h1>
          {detail && <p className="check-in__detail muted">{detail}</p>}
        </div>
      </header>
      {view.test && <p className="check-in__test">{t('card.test')}</p>}

      {prompt.kind === 'review' ? (
        <div className="check-in__actions">
          <NotNowMenu items={notNowItems('review', t)} onChoose={choose} disabled={busy} direction="down" />
          <button type="button" className="button button--primary" onClick={() => void act(() => call('coach.startReview', { promptId }))}>
            {t('card.startReview')}
          </button>
        </div>
      ) : (
        <form
          className="check-in__form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          {view.reflectOn && (
            <ReflectSection draft={draft} onChange={update} intention={view.intentionToReview} meetingId={view.reflectOn.id} compact={prompt.kind === 'between'} />
          )}
          {view.intendFor && (
            <>
              {prompt.kind === 'before' && <LastTime lastTime={view.lastTime} />}
              {prompt.kind === 'before' && <CloseTheLoop loop={view.loop} />}
              <IntentionPicker intention={draft.intention} ownText={draft.ownIntention} onChange={(intention, ownIntention) => update({ intention, ownIntention })} />
            </>
          )}
          {error && (
            <div className="alert" role="alert">
              {error}
            </div>
          )}
          <div className="check-in__actions">
            <NotNowMenu items={notNowItems('meeting', t)} onChoose={choose} disabled={busy} />
            <button type="submit" className="button button--primary button--small" disabled={busy} aria-keyshortcuts="Control+Enter Meta+Enter">
              {t('card.save')} <span className="kbd" aria-hidden="true">{saveKeys}</span>
            </button>
          </div>
        </form>
      )}
    </main>
  );
}
