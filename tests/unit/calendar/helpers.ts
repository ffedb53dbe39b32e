import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Occurrence } from '../../../shared/domain/calendar';

export function readFixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/calendar/${name}`, import.meta.url)), 'utf8');
}

/** [start, end, title] per occurrence: the shape most expectations are written in. */
export function when(occurrences: readonly Occurrence[]): Array<[string, string, string]> {
  return occurrences.map((occurrence) => [occurrence.start, occurrence.end, occurrence.title]);
}

export const range = (from: string, to: string): { from: Date; to: Date } => ({ from: new Date(from), to: new Date(to) });

/** A calendar with the given VEVENT bodies (and optional calendar-level lines), CRLF like servers write. */
export function ics(events: string[], header: string[] = []): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Touchpoint tests//EN', ...header];
  events.forEach((body, index) => lines.push('BEGIN:VEVENT', `UID:event-${index}@test`, 'DTSTAMP:20260101T000000Z', ...body.trim().split('\n').map((line) => line.trim()), 'END:VEVENT'));
  lines.push('END:VCALENDAR', '');
  return lines.join('\r\n');
}
