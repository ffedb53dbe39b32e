import { intentionText } from '../../../shared/domain/checkin';
import type { LogEntry } from '../../../shared/domain/log';
import { describeDay, groupByDayOf } from '../../../shared/domain/log-view';
import { tagLabel } from '../../../shared/domain/tags';
import { dayKey } from '../../../shared/domain/time';
import { formatTime } from '../../../shared/format/locale-format';
import { t } from '../text/main-text';

/** One CSV cell (RFC 4180), defused so a spreadsheet never runs it as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const CSV_HEADER = ['date', 'time', 'time_zone', 'kind', 'outcome', 'behaviours', 'people', 'meeting', 'text', 'status'];

/** A log entry as a CSV row: one line per entry, whatever its kind. */
export function csvRow(entry: LogEntry): string[] {
  const date = dayKey(entry.at, entry.timeZone);
  const time = formatTime('en-GB', entry.at, entry.timeZone);
  switch (entry.kind) {
    case 'moment': {
      const m = entry.moment;
      return [date, time, m.timeZone, m.kind === 'own' ? 'moment' : 'witnessed', m.valence, m.tags.map(tagLabel).join('; '), m.people.join('; '), m.meeting?.title ?? '', m.note, entry.kept ?? ''];
    }
    case 'intention':
      return [date, time, entry.timeZone, 'intention', '', '', entry.meeting.attendees.map((a) => a.name ?? a.email).join('; '), entry.meeting.title, intentionText(entry.intention, t), ''];
    case 'review':
      return [
        entry.review.day,
        '',
        entry.timeZone,
        'review',
        '',
        '',
        '',
        '',
        [...entry.review.answers.map((a) => `${a.question} ${a.answer}`), entry.review.tomorrowIntention ? `Tomorrow: ${intentionText(entry.review.tomorrowIntention, t)}` : ''].filter(Boolean).join(' | '),
        entry.review.completedAt ? 'completed' : 'draft',
      ];
    case 'follow-up':
      return [date, time, entry.timeZone, entry.followUp.repair ? 'repair' : 'follow-up', '', '', entry.followUp.person ?? '', '', entry.followUp.text, entry.followUp.status];
    case 'note':
      return [date, time, entry.timeZone, 'note', '', '', '', '', entry.note.text, ''];
  }
}

/** The log as a readable Markdown journal, day by day. */
export function markdownOf(entries: readonly LogEntry[], exportedAt: string): string {
  const lines = ['# Touchpoint reflection log', '', `Exported ${exportedAt.slice(0, 10)}. Private: share it only if you choose to.`, ''];
  for (const group of groupByDayOf(entries, (e) => ({ at: e.at, timeZone: e.timeZone }))) {
    lines.push(`## ${describeDay(group.day, '', 'en-GB', t)}`, '');
    for (const entry of group.items) lines.push(...markdownEntry(entry), '');
  }
  return lines.join('\n');
}

function markdownEntry(entry: LogEntry): string[] {
  const time = formatTime('en-GB', entry.at, entry.timeZone);
  switch (entry.kind) {
    case 'moment': {
      const m = entry.moment;
      const head = `- **${time}** ${m.kind === 'witnessed' ? 'Witnessed, ' : ''}${m.valence === 'helped' ? 'helped' : 'harmed'}${m.people.length ? ` with ${m.people.join(', ')}` : ''}${m.meeting ? ` (${m.meeting.title})` : ''}`;
      return [head, ...(m.tags.length ? [`  - ${m.tags.map(tagLabel).join(', ')}`] : []), ...(m.note ? [`  - ${m.note}`] : []), ...(entry.intention ? [`  - Intention: ${intentionText(entry.intention, t)}${entry.kept ? ` (${entry.kept})` : ''}`] : [])];
    }
    case 'intention':
      return [`- **${time}** Intention for ${entry.meeting.title}: ${intentionText(entry.intention, t)}`];
    case 'review':
      return [
        `- **Review**${entry.review.mood !== null ? ` (mood ${entry.review.mood}/5)` : ''}`,
        ...entry.review.answers.map((a) => `  - ${a.question} ${a.answer}`),
        ...(entry.review.tomorrowIntention ? [`  - Tomorrow: ${intentionText(entry.review.tomorrowIntention, t)}`] : []),
      ];
    case 'follow-up':
      return [`- **${time}** ${entry.followUp.repair ? 'Repair' : 'Follow-up'} (${entry.followUp.status}): ${entry.followUp.text}${entry.followUp.person ? ` — ${entry.followUp.person}` : ''}`];
    case 'note':
      return [`- **${time}** Note: ${entry.note.text}`];
  }
}
