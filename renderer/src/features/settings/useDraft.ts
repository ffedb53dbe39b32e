import { useState } from 'react';

/**
 * What a typed field shows: the user's text while it differs from what is saved (say, a
 * half-typed or refused value), else the saved value. Once a change is saved, or the value
 * changes elsewhere, the field shows the saved value again.
 */
export function useDraft(saved: string): [string, (text: string) => void, boolean] {
  const [draft, setDraft] = useState<{ base: string; text: string } | null>(null);
  const editing = draft !== null && draft.base === saved;
  return [editing ? draft.text : saved, (text) => setDraft({ base: saved, text }), editing && draft.text !== saved];
}
