import { createHash } from 'node:crypto';
import { SyncError } from './sync-error';
import { t } from '../../text/main-text';

/**
 * Cheap checks on calendar text before the engine parses it, so the common failures get a
 * precise message ("a web page", "cut off") instead of a parser's complaint.
 */
export function checkCalendarText(text: string): void {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('<')) {
    throw new SyncError('web-page', t('calendar:feed.webPage'));
  }
  if (!/^BEGIN:VCALENDAR\r?\n/i.test(start)) {
    throw new SyncError('not-calendar', t('calendar:feed.notCalendar'));
  }
  if (!/(?:^|\n)END:VCALENDAR\s*$/i.test(start)) {
    throw new SyncError('truncated', t('calendar:feed.truncated'));
  }
}

/** A short fingerprint of calendar content, to notice "nothing changed" cheaply. */
export function contentRevision(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

/** The feed's own name (X-WR-CALNAME), offered as the default name when adding it. */
export function suggestedCalendarName(text: string): string | null {
  const match = /^X-WR-CALNAME(?:;[^:\r\n]*)?:(.*(?:\r?\n[ \t].*)*)/im.exec(text.slice(0, 64 * 1024));
  if (!match?.[1]) return null;
  const value = match[1]
    .replace(/\r?\n[ \t]/g, '')
    .replace(/\\([,;\\])/g, '$1')
    .replace(/\\n/gi, ' ')
    .trim();
  return value.length > 0 ? value.slice(0, 200) : null;
}

export function countEvents(text: string): number {
  return text.match(/^BEGIN:VEVENT\s*$/gim)?.length ?? 0;
}

/**
 * CalDAV stores one VCALENDAR per event series; the engine reads one calendar text. This keeps
 * every component (events with their overrides, time zones once per TZID) under one VCALENDAR.
 */
export function mergeCalendarObjects(objects: readonly string[]): string {
  const out: string[] = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Touchpoint//CalDAV copy//EN'];
  const seenTimeZones = new Set<string>();
  for (const object of objects) {
    for (const block of topLevelComponents(object)) {
      if (block.name === 'VTIMEZONE') {
        const tzid = block.lines.find((line) => /^TZID[:;]/i.test(line)) ?? '';
        if (seenTimeZones.has(tzid)) continue;
        seenTimeZones.add(tzid);
      }
      out.push(...block.lines);
    }
  }
  out.push('END:VCALENDAR', '');
  return out.join('\r\n');
}

interface ComponentBlock {
  name: string;
  lines: string[];
}

/** The components directly inside VCALENDAR, verbatim (folded lines stay folded). */
function topLevelComponents(object: string): ComponentBlock[] {
  const blocks: ComponentBlock[] = [];
  let depth = 0;
  let current: ComponentBlock | null = null;
  for (const line of object.split(/\r?\n/)) {
    if (line.length === 0) continue;
    const upper = line.toUpperCase();
    const opens = upper.startsWith('BEGIN:');
    const closes = upper.startsWith('END:');
    if (current) {
      current.lines.push(line);
      if (opens) depth++;
      if (closes) {
        depth--;
        if (depth <= 1) {
          blocks.push(current);
          current = null;
        }
      }
      continue;
    }
    if (opens) {
      depth++;
      if (depth === 2) current = { name: upper.slice('BEGIN:'.length).trim(), lines: [line] };
    } else if (closes) {
      depth--;
    }
    // Anything else is a VCALENDAR-level property (VERSION, PRODID, METHOD...): not repeated.
  }
  return blocks;
}
