import { MAX_TEXT_CHARS } from './limits';

/**
 * Text from a calendar is untrusted. Markup stays plain text (the renderer escapes it), but
 * control characters and bidirectional overrides, which can hide or reorder what the user
 * reads, are removed; line breaks become spaces because titles and places are one line.
 */
const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NEEDS_CLEANING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]|\s\s|^\s|\s$/;

export function cleanText(raw: string, maxChars = MAX_TEXT_CHARS): string {
  if (raw.length <= maxChars && !NEEDS_CLEANING.test(raw)) return raw;
  const text = raw
    .replace(LINE_BREAKS, ' ')
    .replace(INVISIBLE_CONTROLS, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
  if (text.length <= maxChars) return text;
  // Never cut between the two halves of a surrogate pair (emoji, rare CJK).
  const cut = /[\ud800-\udbff]/.test(text.charAt(maxChars - 2)) ? maxChars - 2 : maxChars - 1;
  return `${text.slice(0, cut).trimEnd()}…`;
}

/** node-ical gives a property as a string, as { val, params }, or as an array of those when repeated. */
export interface PropertyValue {
  value: string;
  params: Record<string, unknown>;
}

export function propertyValues(raw: unknown): PropertyValue[] {
  const items = Array.isArray(raw) ? (raw as unknown[]) : raw === undefined || raw === null ? [] : [raw];
  const values: PropertyValue[] = [];
  for (const item of items) {
    if (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean') {
      values.push({ value: String(item), params: {} });
    } else if (typeof item === 'object' && item !== null && 'val' in item) {
      const { val, params } = item as { val: unknown; params?: unknown };
      const parameters = typeof params === 'object' && params !== null ? (params as Record<string, unknown>) : {};
      values.push({ value: String(val), params: parameters });
    }
  }
  return values;
}

export function firstText(raw: unknown): string | undefined {
  return propertyValues(raw)[0]?.value;
}

/** "mailto:Sam@Example.com" → "sam@example.com": how addresses are compared everywhere. */
export function normalizeEmail(address: string): string {
  return address.trim().replace(/^mailto:/i, '').trim().toLowerCase();
}
