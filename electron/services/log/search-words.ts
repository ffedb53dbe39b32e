/**
 * How the log's search reads text: case and accents ignored, words split at anything that is not
 * a letter or a digit, doubled letters read as one (so "feeedback" still finds "feedback"), and
 * words too common to search for left out. The same reading applies to entries and to what is
 * typed, which is what makes a half-typed word find the words it begins.
 */

/** Words too common to search for: a query made only of them finds nothing. */
const STOP_WORDS = new Set(
  'a an and are as at be but by for from had has have he her his i if in into is it its me my of on or our she so than that the their them then there they this to was we were what when which who will with you your'.split(' '),
);

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NOT_A_WORD = /[^\p{L}\p{N}]+/u;
/** Printable ASCII and line breaks have no accents to take off (and most notes are just that). */
const BEYOND_ASCII = /[^ -~\t\n\r]/;

function withoutDoubledLetters(word: string): string {
  let out = word[0] ?? '';
  for (let i = 1; i < word.length; i++) if (word[i] !== word[i - 1]) out += word[i];
  return out;
}

/** The searchable words of `text`, in order (repeats kept). */
export function searchWords(text: string): string[] {
  // Decomposing splits "é" into "e" and its accent, which is then dropped; ASCII has none to split.
  const plain = (BEYOND_ASCII.test(text) ? text.normalize('NFKD').replace(COMBINING_MARKS, '') : text).toLowerCase();
  const words: string[] = [];
  for (const word of plain.split(NOT_A_WORD)) if (word && !STOP_WORDS.has(word)) words.push(withoutDoubledLetters(word));
  return words;
}

/** An entry's words as the index stores them: each preceded by a space, so " budg" finds a word's start. */
export function searchSegment(text: string): string {
  const words = searchWords(text);
  return words.length === 0 ? '' : ` ${words.join(' ')}`;
}

/** The distinct words of a query, each of which must begin a word of a matching entry. */
export function queryWords(text: string): string[] {
  return [...new Set(searchWords(text))];
}
