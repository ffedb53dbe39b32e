import { z } from 'zod';
import { IntentionSchema, KeptSchema, type Kept } from './checkin';
import { IsoInstantSchema } from './moment';
import type { Namespace, TFunction } from 'i18next';

/**
 * Closing the loop before the next meeting with someone: what the user still owes them (open
 * follow-ups and repairs) and the intention they set last time they met, with whether they
 * kept it. Shown on the before card; computed in the main process from the log.
 */

export const LOOP_MAX_FOLLOW_UPS = 3;

export const LoopFollowUpSchema = z.object({
  id: z.string(),
  text: z.string(),
  /** Whom it concerns, as the log names them (null when the follow-up named no one). */
  person: z.string().nullable(),
  repair: z.boolean(),
  createdAt: IsoInstantSchema,
});
export type LoopFollowUp = z.infer<typeof LoopFollowUpSchema>;

export const LastIntentionSchema = z.object({
  intention: IntentionSchema,
  meetingTitle: z.string(),
  meetingStart: IsoInstantSchema,
  /** The answer on the after card; null when that meeting was never looked back on. */
  kept: KeptSchema.nullable(),
});
export type LastIntention = z.infer<typeof LastIntentionSchema>;

export const LoopSchema = z.object({
  /** Open follow-ups with the people in the meeting, repairs first, at most LOOP_MAX_FOLLOW_UPS. */
  followUps: z.array(LoopFollowUpSchema).max(LOOP_MAX_FOLLOW_UPS),
  /** How many more are open beyond those listed. */
  moreFollowUps: z.number().int().min(0),
  lastIntention: LastIntentionSchema.nullable(),
});
export type Loop = z.infer<typeof LoopSchema>;

export const EMPTY_LOOP: Loop = { followUps: [], moreFollowUps: 0, lastIntention: null };

/**
 * "Last time you planned a small repair with them — still open." A repair intention reads as
 * still open while a repair with them is; any other intention reads as kept or not as the
 * user answered afterwards.
 */
export function lastIntentionSentence(last: LastIntention, repairStillOpen: boolean, t: TFunction<Namespace>): string {
  const outcome: Kept | 'none' = last.kept ?? 'none';
  if (last.intention.type === 'chip' && last.intention.id === 'repair-something') {
    return t(`coach:loop.repair.${repairStillOpen ? 'open' : outcome}`);
  }
  if (last.intention.type === 'chip') return t(`coach:loop.meant.${outcome}`, { what: t(`coach:intentionPhrases.${last.intention.id}`) });
  return t(`coach:loop.meantOwn.${outcome}`, { text: last.intention.text });
}

/** One line per open follow-up: "Repair with Sam Rivera, still open: …" / "Follow up with Sam Rivera: …". */
export function loopFollowUpLabel(f: LoopFollowUp, t: TFunction<Namespace>): string {
  if (f.repair) return f.person ? t('coach:loop.repairWith', { person: f.person }) : t('coach:loop.repairOpen');
  return f.person ? t('coach:loop.followUpWith', { person: f.person }) : t('coach:loop.followUp');
}
