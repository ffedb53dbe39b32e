import type { Meeting } from '../../../shared/domain/calendar';
import type { CheckInAnswerSchema } from '../../../shared/domain/checkin-answer';
import type { AnsweredSchema } from '../../../shared/contract/coach';
import {
  isPaused,
  NOT_PAUSED,
  pauseFor,
  type CoachEnvironment,
  type PauseChoice,
  type Prompt,
  type PromptOutcome,
  type SnoozeChoice,
} from '../../../shared/domain/coach';
import type { CoachState, PromptView } from '../../../shared/domain/coach-view';
import { lastTimeForCard } from './private-notes';
import type { PeopleDirectory } from '../../../shared/domain/people-directory';
import { AppError } from '../../../shared/domain/errors';
import { attendeeDisplayName } from '../../../shared/domain/people';
import { selfMatcher } from '../../../shared/domain/self';
import type { MeetingSnapshot } from '../../../shared/domain/checkin';
import { dayKey } from '../../../shared/domain/time';
import { weekOf } from '../../../shared/domain/insights-weeks';
import type { Intention } from '../../../shared/domain/checkin';
import { snapshotOf, type CheckInService } from '../checkins/checkin-service';
import type { Clock } from '../clock';
import type { Emit } from '../events';
import type { PopupController } from '../popup-controller';
import type { SettingsService } from '../settings/settings-service';
import type { PartitionedCollection, StorageWriteError } from '../storage/collection';
import { writeOrKeep } from '../storage/write-or-keep';
import { CoachRunner } from './runner';
import type { z } from 'zod';
import { AnswerUndo } from './answer-undo';
import type { StoredOutcome } from './stored-outcome';
import { planCards, seriesKey } from './card-policy';

interface CardPlanResult {
  asked: readonly Meeting[];
  afterOnly: ReadonlySet<string>;
}
import { calendarRuleAt } from './silence';
import type { Scheduler } from './scheduler';
import { t } from '../text/main-text';

export { StoredOutcomeSchema, type StoredOutcome } from './stored-outcome';

type Answer = z.output<typeof CheckInAnswerSchema>;
type Answered = z.output<typeof AnsweredSchema>;

export interface CoachServiceDeps {
  clock: Clock;
  scheduler: Scheduler;
  timeZone: () => string;
  settings: SettingsService;
  meetings: () => readonly Meeting[];
  outcomes: PartitionedCollection<StoredOutcome>;
  checkIns: CheckInService;
  environment: () => CoachEnvironment;
  popup: PopupController;
  /** Opens the main window on the day's review (the review card's main button). */
  openReview: () => void;
  newId: () => string;
  emit: Emit;
  onWriteFailed: (error: StorageWriteError) => void;
  log: (message: string, error: unknown) => void;
  /** Who each name and attendee is (one person per address, merges applied): cards name people as everywhere else. */
  directory?: () => PeopleDirectory;
}

const HISTORY_WINDOW_MS = 15 * 86_400_000;

/**
 * The tray coach: the runner decides when a card is due; this turns a due prompt into the
 * card the popup shows, records answers (check-in, moment, follow-up), and keeps outcomes.
 */
export class CoachService {
  private readonly runner: CoachRunner;
  private readonly undo: AnswerUndo;
  /** An answered card's popup stays up for its "Saved" confirmation; the page closes it. */
  private confirming = false;
  private testView: PromptView | null = null;
  private planned: { meetings: readonly Meeting[]; settings: object; result: CardPlanResult } | null = null;

  constructor(private readonly deps: CoachServiceDeps) {
    this.runner = new CoachRunner({
      clock: deps.clock,
      scheduler: deps.scheduler,
      getMeetings: () => this.cardPlan().asked,
      getAfterOnly: () => this.cardPlan().afterOnly,
      getSettings: () => deps.settings.get().coach,
      getTimeZone: deps.timeZone,
      getPause: () => deps.settings.get().pause,
      getHistory: () => this.recentOutcomes(),
      recordOutcome: (outcome) => this.storeOutcome(outcome),
      environment: deps.environment,
      onPromptDue: () => {
        deps.popup.showPrompt();
        this.changed();
      },
      onPromptClosed: () => {
        if (!this.testView) deps.popup.hidePrompt({ keepForConfirmation: this.confirming });
        this.changed();
      },
      onError: (error) => deps.log('Coach runner', error),
    });
    this.undo = new AnswerUndo({
      clock: deps.clock,
      checkIns: deps.checkIns,
      outcomes: deps.outcomes,
      onWriteFailed: deps.onWriteFailed,
      reopen: (prompt) => {
        this.runner.reopen(prompt);
        this.changed();
      },
      isOpen: (promptId) => this.runner.current()?.id === promptId,
      reopenable: (promptId) => (this.runner.current()?.id ?? promptId) === promptId && !this.testView,
    });
  }

  start(): void {
    this.runner.start();
  }

  stop(): void {
    this.runner.stop();
  }

  /** Re-plan triggers for the Electron layer and the calendar. */
  get triggers() {
    return {
      calendarChanged: () => {
        this.runner.calendarChanged();
        this.changed();
      },
      settingsChanged: this.runner.settingsChanged,
      resumed: this.runner.resumed,
      unlocked: this.runner.unlocked,
      timeZoneChanged: this.runner.timeZoneChanged,
      environmentChanged: this.runner.environmentChanged,
    };
  }

  state(): CoachState {
    const now = this.deps.clock.now();
    const pause = this.deps.settings.get().pause;
    // The next card that will really appear: not one the working days, hours or quiet hours will silence.
    const settings = this.deps.settings.get().coach;
    const upcoming = this.runner.lastPlan()?.upcoming.find((p) => calendarRuleAt(Date.parse(p.dueAt), settings, this.deps.timeZone()) === null);
    const nextMeeting = this.deps.meetings().find((m) => Date.parse(m.start) > now.getTime()) ?? null;
    return {
      pause,
      paused: isPaused(pause, now),
      current: this.currentView(),
      nextCheckIn: upcoming ? { kind: upcoming.kind, dueAt: upcoming.dueAt, title: this.titleOf(upcoming) } : null,
      nextMeeting: nextMeeting ? { title: nextMeeting.title, start: nextMeeting.start } : null,
    };
  }

  currentView(): PromptView | null {
    if (this.testView) return this.testView;
    const prompt = this.runner.current();
    return prompt ? this.viewOf(prompt, false) : null;
  }

  /** Records the answer and closes the card; it can be taken back for a few seconds (undoAnswer). */
  async answer(answer: Answer): Promise<Answered> {
    const view = this.viewFor(answer.promptId);
    const { prompt } = view;
    if (prompt.kind === 'review') throw new AppError('invalid_input', t('errors:coach.reviewInMain'));
    if (view.intendFor && prompt.kind === 'before' && !answer.intention) {
      throw new AppError('invalid_input', t('errors:coach.intentionRequired'), { intention: 'required' });
    }
    if (view.reflectOn && !answer.reflection) {
      throw new AppError('invalid_input', t('errors:coach.valenceRequired'), { valence: 'required' });
    }
    if (view.test) {
      this.close(prompt.id, () => undefined);
      return { undoUntil: null };
    }
    const checkIn = await this.deps.checkIns.record({
      kind: prompt.kind,
      promptId: prompt.id,
      source: 'prompt',
      intentionFor: view.intendFor && answer.intention ? { meeting: view.intendFor, intention: answer.intention } : null,
      reflectionOn:
        view.reflectOn && answer.reflection
          ? { meeting: view.reflectOn, kept: answer.reflection.kept, moment: answer.reflection.moment, followUp: answer.reflection.followUp }
          : null,
    });
    this.confirming = true;
    try {
      this.close(prompt.id, () => this.runner.answered(prompt.id));
    } finally {
      this.confirming = false;
    }
    return { undoUntil: this.undo.answered(prompt, checkIn.id) };
  }

  /** Undo of answer(): refused with a plain message once its few seconds are over; twice is harmless. */
  undoAnswer(promptId: string): Promise<void> {
    return this.undo.undo(promptId);
  }

  skip(promptId: string): void {
    this.viewFor(promptId);
    this.close(promptId, () => this.runner.skipped(promptId));
  }

  /** Not now: the meeting stays open to fill in from the day's review. */
  later(promptId: string): void {
    this.viewFor(promptId);
    this.close(promptId, () => this.runner.deferred(promptId));
  }

  snooze(promptId: string, choice: SnoozeChoice): string | null {
    if (this.testView?.prompt.id === promptId) {
      this.close(promptId, () => undefined);
      return null;
    }
    this.viewFor(promptId);
    return this.runner.snoozed(promptId, choice);
  }

  /** The review card's main button: open the review, count the card as answered. */
  startReview(promptId: string): void {
    this.viewFor(promptId);
    this.deps.openReview();
    this.close(promptId, () => this.runner.answered(promptId));
  }

  engage(promptId: string): void {
    if (this.currentView()?.prompt.id !== promptId) return;
    if (!this.testView) this.runner.engaged(promptId);
    this.deps.popup.engagePrompt();
  }

  pause(choice: PauseChoice): void {
    const settings = this.deps.settings.get();
    this.deps.settings.setPause(pauseFor(choice, this.deps.clock.now(), settings.coach, this.deps.timeZone()));
    this.runner.pauseChanged();
    this.changed();
  }

  resume(): void {
    this.deps.settings.setPause(NOT_PAUSED);
    this.runner.pauseChanged();
    this.changed();
  }

  /** Shows a sample card now (Settings → "Send a test check-in"); answering it saves nothing. */
  sendTestCheckIn(): void {
    const now = this.deps.clock.now();
    const start = new Date(now.getTime() + 2 * 60_000).toISOString();
    const end = new Date(now.getTime() + 32 * 60_000).toISOString();
    const real = this.deps.meetings().find((m) => Date.parse(m.start) > now.getTime());
    const meeting = real
      ? snapshotOf(real)
      : { id: 'test-meeting', title: t('desktop:coach.testMeeting'), start, end, attendees: [] };
    const expires = new Date(now.getTime() + 10 * 60_000).toISOString();
    const prompt: Prompt = { id: `test:${now.getTime()}`, kind: 'before', meetingId: meeting.id, dueAt: now.toISOString(), scheduledAt: now.toISOString(), expiresAt: expires, day: dayKey(now, this.deps.timeZone()) };
    this.testView = { ...this.viewOf(prompt, true), intendFor: meeting };
    this.deps.popup.showPrompt();
    this.changed();
  }

  private close(promptId: string, settle: () => void): void {
    if (this.testView?.prompt.id === promptId) {
      this.testView = null;
      this.deps.popup.hidePrompt();
      this.changed();
      return;
    }
    settle();
    this.changed();
  }

  private viewFor(promptId: string): PromptView {
    const view = this.currentView();
    if (!view || view.prompt.id !== promptId) throw new AppError('not_found', t('errors:coach.cardClosed'));
    return view;
  }

  private viewOf(prompt: Prompt, test: boolean): PromptView {
    const byId = new Map(this.deps.meetings().map((m) => [m.id, m]));
    const find = (id: string) => {
      const m = byId.get(id);
      return m ? snapshotOf(m) : null;
    };
    const reflectOn = prompt.kind === 'after' ? find(prompt.meetingId) : prompt.kind === 'between' ? find(prompt.previousMeetingId) : null;
    const intendFor = prompt.kind === 'before' ? find(prompt.meetingId) : prompt.kind === 'between' ? find(prompt.nextMeetingId) : null;
    const rules = this.deps.settings.get().meetingRules;
    const self = selfMatcher(rules);
    const others = (attendees: MeetingSnapshot['attendees']) => attendees.filter((a) => !self.isSelfAttendee(a));
    const people = others([...(reflectOn?.attendees ?? []), ...(intendFor?.attendees ?? [])]);
    const unique = [...new Map(people.map((a) => [a.email, a])).values()];
    const directory = this.deps.directory?.() ?? null;
    const named = (attendees: MeetingSnapshot['attendees']) => [...new Set(attendees.map((a) => (directory ? directory.attendeeName(a) : attendeeDisplayName(a))))];
    return {
      prompt,
      test,
      reflectOn,
      intendFor,
      intentionToReview: reflectOn ? this.deps.checkIns.intentionFor(reflectOn.id) : null,
      suggestedPeople: reflectOn ? named(others(reflectOn.attendees)) : [],
      attendeeNames: named(others((intendFor ?? reflectOn)?.attendees ?? [])),
      lastTime: lastTimeForCard(this.deps.checkIns.lastTimeWith(unique, rules.userEmails, 2, directory), byId.get((intendFor ?? reflectOn)?.id ?? ''), { settings: this.deps.settings.get().coach, self, afterOnly: this.cardPlan().afterOnly }),
      weekIntention: intendFor ? this.weekIntention() : null,
      loop: intendFor ? this.deps.checkIns.loopWith(others(intendFor.attendees), intendFor.id) : null,
    };
  }

  /** The intention the user accepted for the current week, if any. */
  private weekIntention(): Intention | null {
    const accepted = this.deps.settings.get().weekIntention;
    return accepted && accepted.weekStart === weekOf(this.deps.clock.now(), this.deps.timeZone()) ? accepted.intention : null;
  }

  /** The meetings that get cards (and those asked about only afterwards), re-decided only when the calendar or the settings change. */
  private cardPlan(): CardPlanResult {
    const meetings = this.deps.meetings();
    const settings = this.deps.settings.get();
    if (this.planned?.meetings === meetings && this.planned.settings === settings) return this.planned.result;
    const plans = planCards(meetings, settings.coach, this.deps.timeZone(), selfMatcher(settings.meetingRules));
    const result: CardPlanResult = {
      asked: meetings.filter((m) => plans.get(m.id)?.kind !== 'held'),
      afterOnly: new Set([...plans].filter(([, p]) => p.kind === 'after-only').map(([id]) => id)),
    };
    this.planned = { meetings, settings, result };
    return result;
  }

  /** "Don't ask for this series": the card's meeting series gets no more cards; this card closes as skipped. */
  muteSeries(promptId: string): void {
    const view = this.viewFor(promptId);
    const meetingId = view.intendFor?.id ?? view.reflectOn?.id;
    const meeting = this.deps.meetings().find((m) => m.id === meetingId);
    // Closed first: the settings change re-plans, and this card must end as skipped, not withdrawn.
    this.close(promptId, () => this.runner.skipped(promptId));
    if (!view.test && meeting) {
      const coach = this.deps.settings.get().coach;
      const key = seriesKey(meeting);
      if (!coach.mutedSeries.some((s) => s.key === key)) {
        this.deps.settings.update({ coach: { ...coach, mutedSeries: [...coach.mutedSeries, { key, title: meeting.title.slice(0, 500) }].slice(-500) } });
      }
    }
  }

  private titleOf(prompt: Prompt): string {
    const byId = new Map(this.deps.meetings().map((m) => [m.id, m.title]));
    switch (prompt.kind) {
      case 'before':
      case 'after':
        return byId.get(prompt.meetingId) ?? t('desktop:coach.meeting');
      case 'between':
        return t('desktop:coach.between', { previous: byId.get(prompt.previousMeetingId) ?? t('desktop:coach.meeting'), next: byId.get(prompt.nextMeetingId) ?? t('desktop:coach.nextMeeting') });
      case 'review':
        return t('desktop:coach.review');
    }
  }

  private recentOutcomes(): PromptOutcome[] {
    const cutoff = this.deps.clock.now().getTime() - HISTORY_WINDOW_MS;
    return [...this.deps.outcomes.values()].filter((o) => Date.parse(o.at) >= cutoff);
  }

  private async storeOutcome(outcome: PromptOutcome): Promise<void> {
    const record: StoredOutcome = { ...outcome, id: this.deps.newId(), createdAt: this.deps.clock.now().toISOString() };
    await writeOrKeep(() => this.deps.outcomes.insert(record), this.deps.onWriteFailed);
  }

  private changed(): void {
    this.deps.emit('coach.changed', this.state());
  }
}
