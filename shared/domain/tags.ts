/**
 * Behaviour tags from the essays on micro-interactions the product rests on.
 * Ids are stable storage keys. Labels here are English, for files and tests; screens read the
 * label in the user’s language from the catalogs (`common:tags.<id>`).
 */
export const BUILDER_TAGS = [
  { id: 'authenticity', label: 'Authenticity' },
  { id: 'empathy', label: 'Empathy' },
  { id: 'warmth', label: 'Warmth' },
  { id: 'eye-contact', label: 'Eye contact' },
  { id: 'listened', label: 'Listened' },
  { id: 'recognised', label: 'Recognised / thanked' },
  { id: 'humour', label: 'Humour' },
  { id: 'followed-up', label: 'Followed up' },
] as const;

export const DAMAGER_TAGS = [
  { id: 'judgement', label: 'Judgement' },
  { id: 'blame', label: 'Blame' },
  { id: 'interrupting', label: 'Interrupting' },
  { id: 'sarcasm', label: 'Sarcasm' },
  { id: 'eye-rolling', label: 'Eye-rolling / folded arms' },
  { id: 'scoffing', label: 'Scoffing' },
  { id: 'distracted', label: 'Distracted / on the phone' },
  { id: 'rushed', label: 'Rushed' },
  { id: 'indifference', label: 'Indifference' },
] as const;

export type BuilderTagId = (typeof BUILDER_TAGS)[number]['id'];
export type DamagerTagId = (typeof DAMAGER_TAGS)[number]['id'];
export type TagId = BuilderTagId | DamagerTagId;

export const TAG_IDS = [...BUILDER_TAGS.map((t) => t.id), ...DAMAGER_TAGS.map((t) => t.id)] as [
  TagId,
  ...TagId[],
];

const LABELS = new Map<string, string>([...BUILDER_TAGS, ...DAMAGER_TAGS].map((t) => [t.id, t.label]));
const BUILDER_SET = new Set<string>(BUILDER_TAGS.map((t) => t.id));

export function tagLabel(id: TagId): string {
  return LABELS.get(id) ?? id;
}

export function isBuilder(id: TagId): boolean {
  return BUILDER_SET.has(id);
}
