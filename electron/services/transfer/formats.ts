import { intentionText } from '../../../shared/domain/checkin';
import type { LogEntry } from '../../../shared/domain/log';
import { describeDay, groupByDayOf } from '../../../shared/domain/log-view';
import { tagLabel } from '../../../shared/domain/tags';
import { dayKey } from '../../../shared/domain/time';
import { formatTime } from '../../../shared/format/locale-format';
import { mainLocale, t } from '../text/main-text';

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
  const lines = [`# ${t('desktop:export.title')}`, '', t('desktop:export.exported', { day: exportedAt.slice(0, 10) }), ''];
  for (const group of groupByDayOf(entries, (e) => ({ at: e.at, timeZone: e.timeZone }))) {
    lines.push(`## ${describeDay(group.day, '', mainLocale(), t)}`, '');
    for (const entry of group.items) lines.push(...markdownEntry(entry), '');
  }
  return lines.join('\n');
}

function markdownEntry(entry: LogEntry): string[] {
  const time = formatTime(mainLocale(), entry.at, entry.timeZone);
  switch (entry.kind) {
    case 'moment': {
      const m = entry.moment;
      const outcome = t(`desktop:export.moment.${m.kind === 'witnessed' ? 'witnessed' : 'own'}.${m.valence}`);
      const withPeople = m.people.length ? t('desktop:export.moment.withPeople', { outcome, people: m.people.join(', ') }) : outcome;
      const head = `- **${time}** ${m.meeting ? t('desktop:export.moment.inMeeting', { text: withPeople, meeting: m.meeting.title }) : withPeople}`;
      const kept = entry.kept ? t(`desktop:export.kept.${entry.kept}`) : null;
      const intention = entry.intention ? intentionText(entry.intention, t) : null;
      return [
        head,
        ...(m.tags.length ? [`  - ${m.tags.map((tag) => t(`common:tags.${tag}`)).join(', ')}`] : []),
        ...(m.note ? [`  - ${m.note}`] : []),
        ...(intention ? [`  - ${kept ? t('desktop:export.intentionKept', { intention, kept }) : t('desktop:export.intention', { intention })}`] : []),
      ];
    }
    case 'intention':
      return [`- **${time}** ${t('desktop:export.intentionFor', { meeting: entry.meeting.title, intention: intentionText(entry.intention, t) })}`];
    case 'review':
      return [
        `- ${entry.review.mood !== null ? t('desktop:export.reviewMood', { mood: entry.review.mood }) : t('desktop:export.review')}`,
        ...entry.review.answers.map((a) => `  - ${a.question} ${a.answer}`),
        ...(entry.review.tomorrowIntention ? [`  - ${t('desktop:export.tomorrow', { intention: intentionText(entry.review.tomorrowIntention, t) })}`] : []),
      ];
    case 'follow-up': {
      const line = t(`desktop:export.${entry.followUp.repair ? 'repair' : 'followUp'}`, { status: t(`desktop:export.status.${entry.followUp.status}`), text: entry.followUp.text });
      return [`- **${time}** ${entry.followUp.person ? t('desktop:export.withPerson', { line, person: entry.followUp.person }) : line}`];
    }
    case 'note':
      return [`- **${time}** ${t('desktop:export.note', { text: entry.note.text })}`];
  }
}
