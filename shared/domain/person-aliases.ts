import { z } from 'zod';
import { PersonNameSchema } from './moment';

/**
 * Names the user merged into one person ("Sam" is Sam Rivera). Entries keep the name as it was
 * written; every list of people is read through these aliases, so a merge shows everywhere at
 * once and undoing it gives the entries back as they were.
 */
export const PersonAliasSchema = z.object({
  /** The name as written in entries. */
  name: PersonNameSchema,
  /** The person it means, as shown everywhere. */
  person: PersonNameSchema,
});
export type PersonAlias = z.infer<typeof PersonAliasSchema>;

export const PeopleSettingsSchema = z.object({ aliases: z.array(PersonAliasSchema).max(500).default([]) });
export type PeopleSettings = z.infer<typeof PeopleSettingsSchema>;

/** Names compare as people do: case, width and spacing aside. */
export function personKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

/**
 * The aliases after merging `name` into `into`. Names that meant `name` now mean `into` too (no
 * chains), and `into` stops being an alias of anything (it is the person now).
 */
export function withMerge(aliases: readonly PersonAlias[], name: string, into: string): PersonAlias[] {
  const from = personKey(name);
  const to = personKey(into);
  if (from === '' || to === '' || from === to) return [...aliases];
  const kept = aliases
    .filter((a) => personKey(a.name) !== from && personKey(a.name) !== to)
    .map((a) => (personKey(a.person) === from ? { ...a, person: into.trim() } : a));
  return [...kept, { name: name.trim(), person: into.trim() }];
}

/** The aliases after undoing the merge of `name`: it is its own person again. */
export function withoutMerge(aliases: readonly PersonAlias[], name: string): PersonAlias[] {
  const key = personKey(name);
  return aliases.filter((a) => personKey(a.name) !== key);
}

/** The names merged into a person. */
export function namesMergedInto(aliases: readonly PersonAlias[], person: string): string[] {
  const key = personKey(person);
  return aliases.filter((a) => personKey(a.person) === key).map((a) => a.name);
}
