import type { Intention, Kept } from '../../../../shared/domain/checkin';
import type { Valence } from '../../../../shared/domain/moment';
import type { TagId } from '../../../../shared/domain/tags';

export interface CheckInDraft {
  intention: Intention | null;
  ownIntention: string;
  kept: Kept | null;
  valence: Valence | null;
  tags: TagId[];
  people: string[];
  note: string;
  followUp: boolean;
  followUpText: string;
}

/** `intention`: the week's accepted intention, already chosen (one click to change it). */
export function emptyDraft(people: string[], intention: Intention | null = null): CheckInDraft {
  return { intention, ownIntention: intention?.type === 'own' ? intention.text : '', kept: null, valence: null, tags: [], people, note: '', followUp: false, followUpText: '' };
}

// Kept outside React, per card: switching the popup to "Log a moment" and back, or a
// re-render after an update, never throws away what the user had started.
const drafts = new Map<string, CheckInDraft>();

export function loadDraft(promptId: string, people: string[], intention: Intention | null = null): CheckInDraft {
  return drafts.get(promptId) ?? emptyDraft(people, intention);
}

export function saveDraft(promptId: string, draft: CheckInDraft): void {
  drafts.set(promptId, draft);
}

export function dropDraft(promptId: string): void {
  drafts.delete(promptId);
}
