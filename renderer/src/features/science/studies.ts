/** The studies behind the prompts, in the order the page shows them; their words are in the "science" catalog. */
export const STUDY_IDS = ['compassion', 'weak-ties', 'rudeness', 'if-then'] as const;

export type StudyId = (typeof STUDY_IDS)[number];
