import { MAX_DURATION_DAYS, MAX_PROPERTY_CHARS } from './limits';
import { dayNumber } from './zones';

/**
 * One unfolded iCalendar content line split into name, parameters and value (RFC 5545 §3.1),
 * for the prepass. Quoted parameter values may contain ';', ':' and ','.
 */
export interface ContentLine {
  name: string;
  params: Array<{ name: string; value: string }>;
  value: string;
}

/** A kept line before parsing: events outside a parse window are dropped without being parsed. */
export interface RawLine {
  name: string;
  text: string;
}

export function parseContentLine(line: string): ContentLine | null {
  let index = 0;
  while (index < line.length && line[index] !== ';' && line[index] !== ':') index++;
  if (index === 0 || index >= line.length) return null;
  const name = line.slice(0, index).trim().toUpperCase();
  const params: ContentLine['params'] = [];
  while (line[index] === ';') {
    const equals = line.indexOf('=', index);
    if (equals === -1) return null;
    const paramName = line.slice(index + 1, equals).trim().toUpperCase();
    const end = parameterEnd(line, equals + 1);
    if (end === -1) return null;
    params.push({ name: paramName, value: line.slice(equals + 1, end).replace(/"/g, '').trim() });
    index = end;
  }
  if (line[index] !== ':') return null;
  return { name, params, value: line.slice(index + 1) };
}

/** Where a parameter value ends (at ';' or ':' outside quotes); -1 for an unclosed quote. */
function parameterEnd(line: string, from: number): number {
  let index = from;
  while (index < line.length) {
    const char = line[index];
    if (char === ';' || char === ':') return index;
    if (char === '"') {
      const close = line.indexOf('"', index + 1);
      if (close === -1) return -1;
      index = close;
    }
    index++;
  }
  return index;
}

/** The value of a content line without parsing its parameters. */
export function lineValue(line: string): string {
  const colon = line.indexOf(':');
  const quote = line.indexOf('"');
  if (quote === -1 || quote > colon) return colon === -1 ? '' : line.slice(colon + 1);
  // A quoted parameter may contain ':': walk the parameters.
  let index = line.indexOf(';');
  while (index !== -1 && line[index] === ';') {
    const equals = line.indexOf('=', index);
    if (equals === -1) return '';
    index = parameterEnd(line, equals + 1);
  }
  return index === -1 || line[index] !== ':' ? '' : line.slice(index + 1);
}

export function paramValue(line: ContentLine, name: string): string | undefined {
  return line.params.find((param) => param.name === name)?.value;
}

export type DateKind = 'date' | 'utc' | 'local';

export interface DateValue {
  kind: DateKind;
  /** Days since the epoch of the calendar date written, for cheap window checks. */
  day: number;
  text: string;
}

const DATE_TIME = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/;

/** A DATE or DATE-TIME value with in-range fields (node-ical silently rolls "month 13" into next year). */
export function parseDateValue(raw: string): DateValue | null {
  const text = raw.trim().toUpperCase();
  const match = DATE_TIME.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1601 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const days = dayNumber(year, month, day);
  if (new Date(days * 86_400_000).getUTCDate() !== day) return null;
  if (match[4] === undefined) return { kind: 'date', day: days, text };
  if (Number(match[4]) > 23 || Number(match[5]) > 59 || Number(match[6]) > 60) return null;
  return { kind: match[7] ? 'utc' : 'local', day: days, text };
}

const DURATION = /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

export interface ParsedDuration {
  /** Nominal days (weeks included): a day is a calendar day, 23 or 25 hours across a DST change. */
  days: number;
  /** Exact part (hours, minutes, seconds). */
  ms: number;
}

export function parseDuration(raw: string): ParsedDuration | null {
  const text = raw.trim().toUpperCase();
  const match = DURATION.exec(text);
  if (!match || text === 'P' || text.endsWith('T')) return null;
  const sign = match[1] === '-' ? -1 : 1;
  const days = Number(match[2] ?? 0) * 7 + Number(match[3] ?? 0);
  const ms = ((Number(match[4] ?? 0) * 60 + Number(match[5] ?? 0)) * 60 + Number(match[6] ?? 0)) * 1000;
  // Nothing real lasts a century; far larger values overflow Date and must cost only their event.
  if (days + ms / 86_400_000 > MAX_DURATION_DAYS) return null;
  return { days: sign * days, ms: sign * ms };
}

export interface LineVisitor {
  /** Whether a property is worth joining and reading, asked when its first line starts. */
  wants(name: string): boolean;
  line(name: string, line: string): void;
  oversized(name: string): void;
}

/**
 * Visits each unfolded content line (RFC 5545 §3.1: a line starting with a space or tab
 * continues the previous one). Continuation lines of unwanted properties are skipped without
 * being joined, so a 40 MB description costs one scan and no copies.
 */
export function forEachLogicalLine(text: string, visitor: LineVisitor): void {
  let pieces: string[] | null = null;
  let length = 0;
  let name = '';
  let position = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (position < text.length) {
    let lineEnd = text.indexOf('\n', position);
    if (lineEnd === -1) lineEnd = text.length;
    const contentEnd = lineEnd > position && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    const first = text.charCodeAt(position);
    if (first === 32 || first === 9) {
      if (pieces) {
        length += contentEnd - position - 1;
        if (length > MAX_PROPERTY_CHARS) {
          visitor.oversized(name);
          pieces = null;
        } else {
          pieces.push(text.slice(position + 1, contentEnd));
        }
      }
    } else {
      if (pieces) visitor.line(name, pieces.length === 1 ? pieces[0]! : pieces.join(''));
      pieces = null;
      if (contentEnd > position) {
        name = text.slice(position, nameEnd(text, position, contentEnd)).toUpperCase();
        length = contentEnd - position;
        if (visitor.wants(name)) {
          if (length > MAX_PROPERTY_CHARS) visitor.oversized(name);
          else pieces = [text.slice(position, contentEnd)];
        }
      }
    }
    position = lineEnd + 1;
  }
  if (pieces) visitor.line(name, pieces.join(''));
}

function nameEnd(text: string, from: number, to: number): number {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code === 58 || code === 59) return index; // ':' or ';'
  }
  return to;
}
