import { z } from 'zod';
import { IsoInstantSchema, MomentIdSchema } from './moment';
import { TimeZoneSchema } from './time-zone';
import { validationKey } from './validation';
import type { Namespace, TFunction } from 'i18next';

/** Intentions a manager can pick before a meeting ("how will you show up?"). */
export const INTENTIONS = [
  { id: 'be-present' },
  { id: 'lead-with-warmth' },
  { id: 'listen-first' },
  { id: 'recognise-someone' },
  { id: 'stay-curious' },
  { id: 'repair-something' },
] as const;
export type IntentionId = (typeof INTENTIONS)[number]['id'];
export const IntentionIdSchema = z.enum(INTENTIONS.map((i) => i.id) as [IntentionId, ...IntentionId[]], {
  error: validationKey('intention.unknown'),
});

export const INTENTION_TEXT_MAX = 300;

/**
 * One intention: a suggested chip, or the user's own line. An if-then plan ("If I feel
 * rushed, then I will ask how they are") is the form with the best evidence behind it.
 */
export const IntentionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('chip'), id: IntentionIdSchema }),
  z.object({
    type: z.literal('own'),
    text: z.string().trim().min(3, validationKey('intention.tooShort')).max(INTENTION_TEXT_MAX, validationKey('keepUnder', { max: INTENTION_TEXT_MAX })),
  }),
]);
export type Intention = z.infer<typeof IntentionSchema>;

/** A suggested intention's label ("Be present"), in `t`'s language. */
export function intentionLabel(id: IntentionId, t: TFunction<Namespace>): string {
  return t(`coach:intentions.${id}`);
}

/** An intention as the user reads it: a suggestion's label, or their own words. */
export function intentionText(intention: Intention, t: TFunction<Namespace>): string {
  return intention.type === 'chip' ? intentionLabel(intention.id, t) : intention.text;
}

export const KeptSchema = z.enum(['yes', 'partly', 'no']);
export type Kept = z.infer<typeof KeptSchema>;

/** What a check-in remembers of a meeting, so the log still reads right after the calendar changes. */
export const MeetingSnapshotSchema = z.object({
  id: z.string().min(1).max(1024),
  title: z.string().max(500),
  start: IsoInstantSchema,
  end: IsoInstantSchema,
  attendees: z.array(z.object({ name: z.string().max(200).nullable(), email: z.string().max(320) })).max(500),
});
export type MeetingSnapshot = z.infer<typeof MeetingSnapshotSchema>;

export const CheckInSourceSchema = z.enum(['prompt', 'review', 'log-later']);

/**
 * A check-in around meetings. A 'before' card sets an intention for a meeting; an 'after'
 * card reflects on one (was the intention kept, did it help or harm: the moment itself is
 * stored as a Moment linked here); a 'between' card does both for two back-to-back meetings.
 */
export const CheckInSchema = z.object({
  id: z.string().min(1).max(64),
  promptId: z.string().max(2100).nullable(),
  kind: z.enum(['before', 'after', 'between']),
  source: CheckInSourceSchema,
  intentionFor: z.object({ meeting: MeetingSnapshotSchema, intention: IntentionSchema }).nullable(),
  reflectionOn: z
    .object({
      meeting: MeetingSnapshotSchema,
      kept: KeptSchema.nullable(),
      momentId: MomentIdSchema.nullable(),
    })
    .nullable(),
  timeZone: TimeZoneSchema,
  createdAt: IsoInstantSchema,
  updatedAt: IsoInstantSchema,
});
export type CheckIn = z.infer<typeof CheckInSchema>;
