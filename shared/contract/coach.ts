import { z } from 'zod';
import { CheckInAnswerSchema } from '../domain/checkin-answer';
import { PauseChoiceSchema, SnoozeChoiceSchema } from '../domain/coach';
import { CoachStateSchema, PromptViewSchema } from '../domain/coach-view';
import { NoInput } from './common';

const PromptRef = z.object({ promptId: z.string().min(1).max(2100) }).strict();

/** An answered card can be taken back until `undoUntil` (null: nothing was stored, e.g. a test card). */
export const AnsweredSchema = z.object({ undoUntil: z.string().nullable() }).strict();
export type Answered = z.output<typeof AnsweredSchema>;

/** The tray coach: the open check-in card, answers, snooze, pause. */
export const coachCommands = {
  'coach.state': { input: NoInput, output: CoachStateSchema },
  /** The check-in card the popup should show now, if any. */
  'coach.current': { input: NoInput, output: PromptViewSchema.nullable() },
  'coach.answer': { input: CheckInAnswerSchema, output: AnsweredSchema },
  /** Undo of an answer, for a few seconds: what it stored is removed and the card opens again. */
  'coach.undoAnswer': { input: PromptRef, output: z.null() },
  'coach.skip': { input: PromptRef, output: z.null() },
  /** "Don't ask for this series": no more cards for the card's meeting series (Settings can undo it). */
  'coach.muteSeries': { input: PromptRef, output: z.null() },
  'coach.later': { input: PromptRef, output: z.null() },
  'coach.snooze': { input: PromptRef.extend({ choice: SnoozeChoiceSchema }).strict(), output: z.string().nullable() },
  'coach.startReview': { input: PromptRef, output: z.null() },
  /** The user clicked or typed in the card: it stops timing out and may take the keyboard. */
  'coach.engage': { input: PromptRef, output: z.null() },
  'coach.pause': { input: z.object({ choice: PauseChoiceSchema }).strict(), output: CoachStateSchema },
  'coach.resume': { input: NoInput, output: CoachStateSchema },
  'coach.sendTest': { input: NoInput, output: z.null() },

} as const;

export const coachEvents = {
  /** The coach's state changed: a card opened or closed, a pause began or ended, the next check-in moved. */
  'coach.changed': CoachStateSchema,
} as const;
