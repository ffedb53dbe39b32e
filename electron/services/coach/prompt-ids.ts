import type { Prompt, PromptKind } from '../../../shared/domain/coach';

/**
 * Prompt ids are derived from meeting ids (or the reviewed day), never from times, so a
 * calendar refresh or a moved meeting maps to the same prompt.
 *
 * A prompt also covers "facets": the questions it asks. A 'before' card asks `before:<m>`,
 * an 'after' card `after:<m>`, a 'between' card both `after:<prev>` and `before:<next>`, a
 * review `review:<day>`. History is checked per facet, so answering a between card also
 * settles the after/before cards it replaced if the meetings later stop touching.
 *
 * Meeting ids are URI-encoded, so ':' only ever separates parts and ids parse back.
 */
const encode = encodeURIComponent;

export const beforePromptId = (meetingId: string): string => `before:${encode(meetingId)}`;
export const afterPromptId = (meetingId: string): string => `after:${encode(meetingId)}`;
export const betweenPromptId = (previousMeetingId: string, nextMeetingId: string): string =>
  `between:${encode(previousMeetingId)}:${encode(nextMeetingId)}`;
export const reviewPromptId = (day: string): string => `review:${day}`;

/** The facets (questions) a prompt id covers. An id this module did not make covers only itself. */
export function facetsOf(promptId: string): string[] {
  const parts = promptId.split(':');
  const kind = parts[0] as PromptKind;
  if (parts.length === 3 && kind === 'between') return [`after:${parts[1]}`, `before:${parts[2]}`];
  if (parts.length === 2 && (kind === 'before' || kind === 'after' || kind === 'review')) return [promptId];
  return [promptId];
}

/** The meetings a prompt is about (none for the review). */
export function meetingIdsOf(prompt: Prompt): string[] {
  switch (prompt.kind) {
    case 'before':
    case 'after':
      return [prompt.meetingId];
    case 'between':
      return [prompt.previousMeetingId, prompt.nextMeetingId];
    case 'review':
      return [];
  }
}
