import { TAG_IDS } from './tags';

/**
 * How long a moment's parts may be. Apart from the schemas (moment.ts), so a form can show
 * them without loading the validation library: the popup checks input with it only on save.
 */
export const LIMITS = {
  noteChars: 4000,
  personChars: 80,
  peoplePerMoment: 20,
  tagsPerMoment: TAG_IDS.length,
} as const;
