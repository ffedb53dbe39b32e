import { z } from 'zod';
import { LIMITS } from './moment-limits';
import { TAG_IDS } from './tags';
import { TimeZoneSchema } from './time-zone';
import { validationKey } from './validation';

export { LIMITS };

export const ValenceSchema = z.enum(['helped', 'harmed'], {
  error: validationKey('moment.valenceRequired'),
});
export type Valence = z.infer<typeof ValenceSchema>;

/** A value as a short quote for a message: an import's invalid value may be megabytes long. */
function quoted(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value.slice(0, 60)) : (JSON.stringify(value) ?? String(value));
  } catch {
    return 'a value'; // nested too deeply to print
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export const TagIdSchema = z.enum(TAG_IDS, {
  error: (issue) => validationKey('moment.unknownTag', { value: quoted(issue.input) }),
});

/**
 * Whose moment it is: the user's own behaviour, or one they witnessed ("I saw someone…").
 * Witnessing matters too: kindness and rudeness both spread to those who see them.
 */
export const MomentKindSchema = z.enum(['own', 'witnessed']);
export type MomentKind = z.infer<typeof MomentKindSchema>;

/** Where a moment was entered, kept so insights can tell prompted from spontaneous logging. */
export const MomentSourceSchema = z.enum(['tray', 'shortcut', 'main-window', 'check-in', 'review', 'import']);
export type MomentSource = z.infer<typeof MomentSourceSchema>;

export const IsoInstantSchema = z.iso.datetime({ offset: false, message: 'Expected an ISO 8601 UTC time.' });

export const PersonNameSchema = z
  .string()
  .trim()
  .min(1, validationKey('moment.nameEmpty'))
  .max(LIMITS.personChars, validationKey('moment.nameTooLong', { max: LIMITS.personChars }));

export const MeetingLinkSchema = z.object({
  occurrenceId: z.string().min(1).max(512),
  title: z.string().max(500),
  start: IsoInstantSchema,
});
export type MeetingLink = z.infer<typeof MeetingLinkSchema>;

const uniqueBy = <T>(items: T[], key: (item: T) => string): T[] => {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};

const TagsSchema = z
  .array(TagIdSchema)
  .max(LIMITS.tagsPerMoment)
  .transform((tags) => [...new Set(tags)]);

const PeopleSchema = z
  .array(PersonNameSchema)
  .max(LIMITS.peoplePerMoment, validationKey('moment.tooManyPeople', { max: LIMITS.peoplePerMoment }))
  .transform((people) => uniqueBy(people, (p) => p.toLocaleLowerCase()));

const NoteSchema = z
  .string()
  .max(LIMITS.noteChars, validationKey('moment.noteTooLong', { max: LIMITS.noteChars }))
  .transform((s) => s.trim());

/** What the user submits. The main process fills in id, times and zone. */
export const MomentInputSchema = z.object({
  kind: MomentKindSchema.default('own'),
  valence: ValenceSchema,
  tags: TagsSchema.default([]),
  people: PeopleSchema.default([]),
  note: NoteSchema.default(''),
  occurredAt: IsoInstantSchema.optional(),
  meeting: MeetingLinkSchema.nullable().default(null),
  source: MomentSourceSchema,
});
export type MomentInput = z.input<typeof MomentInputSchema>;

/** Editable fields; omitted fields stay as they are. */
export const MomentPatchSchema = z
  .object({
    kind: MomentKindSchema,
    valence: ValenceSchema,
    tags: TagsSchema,
    people: PeopleSchema,
    note: NoteSchema,
    occurredAt: IsoInstantSchema,
  })
  .partial();
export type MomentPatch = z.input<typeof MomentPatchSchema>;

export const MomentIdSchema = z.string().min(1).max(64);

export const MomentSchema = z.object({
  id: MomentIdSchema,
  kind: MomentKindSchema,
  valence: ValenceSchema,
  tags: z.array(TagIdSchema).max(LIMITS.tagsPerMoment),
  people: z.array(PersonNameSchema).max(LIMITS.peoplePerMoment),
  note: z.string().max(LIMITS.noteChars),
  occurredAt: IsoInstantSchema,
  /** IANA zone the user was in, so the moment stays on the right day after travel. */
  timeZone: TimeZoneSchema,
  meeting: MeetingLinkSchema.nullable(),
  source: MomentSourceSchema,
  createdAt: IsoInstantSchema,
  updatedAt: IsoInstantSchema,
});
export type Moment = z.infer<typeof MomentSchema>;
