/**
 * Reads a collection file (`{"records":[...]}`) one record at a time, so a month of years-old
 * history is parsed in time slices instead of in one JSON.parse that holds the process for
 * tens of milliseconds. Any file JSON.parse reads is read to the same value: text of another
 * shape (other keys, an escaped key) is handed to JSON.parse whole, and text JSON.parse
 * rejects is rejected here too (each record goes through JSON.parse, and what lies between
 * records is checked to be exactly JSON's commas, brackets and white space).
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** Thrown for text JSON.parse would reject. */
class NotJson extends Error {}

/** The text that starts every file of the expected shape, white space aside. */
const RECORDS_KEY = '"records"';

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return at;
}

/** Where the JSON string opening at `at` (a quote) ends, just past its closing quote. */
function endOfString(text: string, at: number): number {
  let from = at + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) throw new NotJson();
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

/** Where the value starting at `at` ends: at the comma or bracket closing it, at depth 0. */
function endOfValue(text: string, at: number): number {
  let depth = 0;
  for (;;) {
    if (at >= text.length) throw new NotJson();
    const code = text.charCodeAt(at);
    if (code === QUOTE) {
      at = endOfString(text, at);
      continue;
    }
    if (code === OPEN_BRACE || code === OPEN_BRACKET) depth++;
    else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      if (depth === 0) return at;
      depth--;
    } else if (code === COMMA && depth === 0) return at;
    at++;
  }
}

/**
 * The parsed file, `undefined` when the text is not JSON (as safeJson). `pause` is asked after
 * each record and may return a promise to let other work run first (see timeSlices).
 */
export async function parseRecordsInSlices(text: string, pause: () => Promise<void> | undefined): Promise<unknown> {
  let at = skipSpace(text, 0);
  if (text.charCodeAt(at) !== OPEN_BRACE) return wholeJson(text);
  at = skipSpace(text, at + 1);
  if (!text.startsWith(RECORDS_KEY, at)) return wholeJson(text);
  at = skipSpace(text, at + RECORDS_KEY.length);
  if (text.charCodeAt(at) !== 0x3a /* : */) return wholeJson(text);
  at = skipSpace(text, at + 1);
  if (text.charCodeAt(at) !== OPEN_BRACKET) return wholeJson(text);
  at = skipSpace(text, at + 1);
  const records: unknown[] = [];
  try {
    if (text.charCodeAt(at) === CLOSE_BRACKET) at++;
    else
      for (;;) {
        const end = endOfValue(text, at);
        records.push(JSON.parse(text.slice(at, end)));
        at = skipSpace(text, end);
        const code = text.charCodeAt(at);
        at = skipSpace(text, at + 1);
        if (code === CLOSE_BRACKET) break;
        if (code !== COMMA) throw new NotJson();
        const turn = pause();
        if (turn) await turn;
      }
  } catch {
    return undefined; // a record or what separates them is not JSON, so neither is the file
  }
  at = skipSpace(text, at);
  // More keys after the records (never written by Touchpoint): JSON.parse decides, as it always did.
  if (text.charCodeAt(at) !== CLOSE_BRACE) return wholeJson(text);
  if (skipSpace(text, at + 1) !== text.length) return undefined;
  return { records };
}

function wholeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
