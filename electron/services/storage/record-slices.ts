/**
 * Reads a collection file (`{"records":[...]}`) a few records at a time, so a month of
 * years-old history is parsed in time slices instead of in one JSON.parse that holds the
 * process for tens of milliseconds. Any file JSON.parse reads is read to the same value, and
 * text JSON.parse rejects is rejected: whatever is not plainly of the expected shape is
 * handed to JSON.parse whole.
 */

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** The text that starts every file of the expected shape, white space aside. */
const RECORDS_KEY = '"records"';

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return at;
}

/** About how much text one JSON.parse call reads: a couple of hundred records, a fraction of a millisecond. */
const CHUNK_CHARS = 65_536;

/**
 * Where records begin in the files Touchpoint writes (compact JSON, each record's id first).
 * A match can also fall inside a record (a note quoting JSON): then the chunk ending there does
 * not parse, and the next match is tried.
 */
const RECORD_START = '},{"id":';

/** Chunks that did not parse before giving up on slicing this file and parsing it whole. */
const MAX_MISSES = 8;

/**
 * The parsed file, `undefined` when the text is not JSON (as safeJson). `pause` is asked after
 * each chunk of records (about `chunkChars` of text) and may return a promise to let other work
 * run first (see timeSlices).
 *
 * The records are read a few at a time: `[` + the text from one record start to another + `]`
 * through JSON.parse. When every chunk parses, the file is `{"records":[` chunk `,` chunk ...
 * `]}`, which JSON.parse reads to the same records; anything else (another shape, a chunk
 * that does not parse) goes to JSON.parse whole, which decides as it always did.
 */
export async function parseRecordsInSlices(text: string, pause: () => Promise<void> | undefined, chunkChars = CHUNK_CHARS): Promise<unknown> {
  let at = skipSpace(text, 0);
  if (text.charCodeAt(at) !== OPEN_BRACE) return wholeJson(text);
  at = skipSpace(text, at + 1);
  if (!text.startsWith(RECORDS_KEY, at)) return wholeJson(text);
  at = skipSpace(text, at + RECORDS_KEY.length);
  if (text.charCodeAt(at) !== 0x3a /* : */) return wholeJson(text);
  at = skipSpace(text, at + 1);
  if (text.charCodeAt(at) !== OPEN_BRACKET) return wholeJson(text);
  const contentStart = at + 1;
  // The end: `]`, then `}`, white space around them.
  let end = text.length - 1;
  while (end >= 0 && isSpace(text.charCodeAt(end))) end--;
  if (text.charCodeAt(end) !== CLOSE_BRACE) return wholeJson(text);
  end--;
  while (end >= 0 && isSpace(text.charCodeAt(end))) end--;
  if (text.charCodeAt(end) !== CLOSE_BRACKET || end < contentStart) return wholeJson(text);
  const contentEnd = end;
  if (skipSpace(text, contentStart) === contentEnd) return { records: [] };

  const records: unknown[] = [];
  let from = contentStart;
  let misses = 0;
  let search = from + chunkChars;
  while (from < contentEnd) {
    const cut = search < contentEnd ? text.indexOf(RECORD_START, search) : -1;
    // The chunk runs to just after a record's closing brace, or to the end of the records.
    const chunkEnd = cut >= 0 && cut < contentEnd ? cut + 1 : contentEnd;
    let chunk: unknown;
    try {
      chunk = JSON.parse(`[${text.slice(from, chunkEnd)}]`);
    } catch {
      if (chunkEnd === contentEnd || ++misses > MAX_MISSES) return wholeJson(text);
      search = cut + 1; // that match was inside a record: the chunk runs on to the next
      continue;
    }
    for (const record of chunk as unknown[]) records.push(record);
    from = chunkEnd + 1; // past the comma between the two records
    search = from + chunkChars;
    misses = 0;
    if (from < contentEnd) {
      const turn = pause();
      if (turn) await turn;
    }
  }
  return { records };
}

function wholeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
