import type { FollowThrough, HelpHarm, NotReached, ResponseStats } from '../../../shared/domain/insights';
import type { Moment } from '../../../shared/domain/moment';
import { tagLabel } from '../../../shared/domain/tags';
import { dayKey } from '../../../shared/domain/time';
import { formatDay, formatTime, plural as pluralText, type DateShape } from '../../../shared/format/locale-format';

export interface SummaryNote extends Pick<Moment, 'occurredAt' | 'timeZone' | 'kind' | 'valence' | 'people' | 'tags' | 'note'> {
  meetingTitle: string | null;
}

export interface SummaryInput {
  weekStart: string;
  weekEnd: string;
  /** When the summary is made, and the user's zone (for "as of" dates). */
  generatedAt: string;
  timeZone: string;
  inProgress: boolean;
  week: { own: HelpHarm; witnessed: HelpHarm; followThrough: FollowThrough; response: ResponseStats };
  /** The week before; for a week still under way, only up to the same weekday and time. */
  previous: { own: HelpHarm; witnessed: HelpHarm };
  builders: { label: string; count: number }[];
  damagers: { label: string; count: number }[];
  /** null: the user chose to leave notes out. */
  notes: { shown: SummaryNote[]; total: number } | null;
  notReached: NotReached;
}

/** The summary is a document the user shares, written in English with British dates for now. */
const LOCALE = 'en-GB';
const dayText = (shape: DateShape) => ({ format: (day: string) => formatDay(LOCALE, day, shape) });
const longDay = dayText('weekdayDayMonthYear');
const dayMonth = dayText('dayMonth');
const dayMonthYear = dayText('dayMonthYear');
const shortDay = dayText('weekdayShortDayMonth');

/** "16–22 November 2026", "30 November – 6 December 2026", "29 December 2025 – 4 January 2026". */
export function weekTitle(weekStart: string, weekEnd: string): string {
  if (weekStart.slice(0, 7) === weekEnd.slice(0, 7)) return `${Number(weekStart.slice(8, 10))}–${dayMonthYear.format(weekEnd)}`;
  if (weekStart.slice(0, 4) === weekEnd.slice(0, 4)) return `${dayMonth.format(weekStart)} – ${dayMonthYear.format(weekEnd)}`;
  return `${dayMonthYear.format(weekStart)} – ${dayMonthYear.format(weekEnd)}`;
}

/** User text on one line, with the characters that would change the Markdown's structure escaped. */
export function mdText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/^(\d+)\./, '$1\\.')
    .replace(/^[-+=#]/, (c) => `\\${c}`);
}

const plural = (n: number, one: string, many = `${one}s`) => pluralText(LOCALE, n, { one: `# ${one}`, other: `# ${many}` });
const percent = (rate: number | null) => (rate === null ? '' : `${Math.round(rate * 100)}%`);

function change(now: number, before: number, noun: string): string {
  if (now === before) return `the same number ${noun} (${now})`;
  return now > before ? `${now - before} more ${noun}` : `${before - now} fewer ${noun}`;
}

function instantDay(instant: string, timeZone: string): string {
  return dayMonthYear.format(dayKey(instant, timeZone));
}

/** The one-page weekly summary, in Markdown: what the user may export and share with a coach or mentor. */
export function renderWeeklySummary(s: SummaryInput): string {
  const lines: string[] = [];
  const push = (...more: string[]) => lines.push(...more);
  const { own, witnessed, followThrough: ft, response: r } = s.week;

  push(`# Weekly summary: ${weekTitle(s.weekStart, s.weekEnd)}`, '');
  push(`Exported on ${longDay.format(dayKey(s.generatedAt, s.timeZone))}${s.inProgress ? ' (the week is not over yet)' : ''} from Touchpoint, my private reflection log.`);
  push('What I log stays on my computer; I chose to share this page.', '');

  push('## Trust, in numbers', '');
  const before = s.inProgress ? 'the week before, by the same time' : 'the week before';
  push(`| Moments | This week${s.inProgress ? ' so far' : ''} | ${capitalise(before)} |`, '|---|---:|---:|');
  push(`| My moments that helped trust | ${own.helped} | ${s.previous.own.helped} |`);
  push(`| My moments that harmed trust | ${own.harmed} | ${s.previous.own.harmed} |`);
  push(`| Witnessed: someone helped trust | ${witnessed.helped} | ${s.previous.witnessed.helped} |`);
  push(`| Witnessed: someone harmed trust | ${witnessed.harmed} | ${s.previous.witnessed.harmed} |`, '');
  push(`Compared with ${before}: ${change(own.helped, s.previous.own.helped, 'helped')}, ${change(own.harmed, s.previous.own.harmed, 'harmed')}.`);
  push('Helped and harmed are counted separately: one harm is not cancelled out by one help.', '');

  push('## Builders and damagers', '');
  if (s.builders.length === 0 && s.damagers.length === 0) push('No behaviours were tagged on my moments this week.');
  else {
    const list = (items: { label: string; count: number }[]) => (items.length ? items.map((t) => `${t.label} (${t.count})`).join(', ') : 'none');
    push(`- Builders: ${list(s.builders)}`, `- Damagers: ${list(s.damagers)}`);
  }
  push('');

  push('## Intentions', '');
  const answered = ft.yes + ft.partly + ft.no;
  if (ft.intentions === 0) push('No intentions were set for meetings that took place this week.');
  else {
    push(`Intentions set for ${plural(ft.intentions, 'meeting')}.`);
    if (answered) push(`Kept fully: ${ft.yes}, partly: ${ft.partly}, not kept: ${ft.no} (of ${answered} answered${ft.keptRate === null ? '' : `; fully kept ${percent(ft.keptRate)}`}).`);
    const open = [ft.notAnswered ? `${ft.notAnswered} looked back on without saying whether it was kept` : '', ft.notReflected ? `${ft.notReflected} not looked back on` : ''].filter(Boolean);
    if (open.length) push(`${capitalise(open.join('; '))}.`);
  }
  push('');

  push('## Check-ins', '');
  const notShown = r.notShown['quiet-time'] + r.notShown.paused + r.notShown.away + r.notShown['too-late'];
  if (r.shown === 0) push('No check-in cards were shown this week.');
  else {
    const responded = r.answered + r.filledInLater;
    push(`Answered ${responded} of ${plural(r.shown, 'check-in')} shown${r.rate === null ? '' : ` (${percent(r.rate)})`}${r.filledInLater ? `, ${r.filledInLater} of them later from the day’s review` : ''}.`);
    const rest = [r.skipped ? `skipped ${r.skipped}` : '', r.later ? `put off ${r.later}` : '', r.missed ? `missed ${r.missed}` : ''].filter(Boolean);
    if (rest.length) push(`${capitalise(rest.join(', '))}.`);
  }
  if (notShown > 0) push(`${plural(notShown, 'card was', 'cards were')} not shown (quiet or off hours, paused, away from the computer, or too late); ${notShown === 1 ? 'it is' : 'they are'} not counted.`);
  push('');

  push('## Notes from the week', '');
  if (s.notes === null) push('Notes are left out of this summary.');
  else if (s.notes.shown.length === 0) push('No notes were written this week.');
  else {
    for (const n of s.notes.shown) push(`- ${noteLine(n)}`);
    if (s.notes.total > s.notes.shown.length) push('', `${plural(s.notes.total - s.notes.shown.length, 'more note')} in the reflection log.`);
  }
  push('');

  const nr = s.notReached;
  push('## People not reached lately', '');
  if (nr.peopleMet === 0 && nr.team.length === 0) push(`No 1:1s or small meetings with other people in the last ${plural(nr.weeks, 'week')}.`);
  else if (nr.people.length === 0) push(`Nobody from my team, 1:1s or small meetings has gone ${plural(nr.weeks, 'week')} without a moment that helped trust.`);
  else {
    push(`My team and people from 1:1s and small meetings with no moment that helped trust for ${plural(nr.weeks, 'week')} or more (as of ${instantDay(s.generatedAt, s.timeZone)}):`, '');
    for (const p of nr.people) {
      const last = p.lastPositiveAt ? `last helped moment ${instantDay(p.lastPositiveAt, s.timeZone)}` : 'no helped moment yet';
      const met = p.lastMeeting ? `; last met in “${mdText(p.lastMeeting.title)}”, ${instantDay(p.lastMeeting.start, s.timeZone)}` : '';
      push(`- ${mdText(p.name)}${p.group === 'team' ? ' (team)' : ''}: ${last}${met}`);
    }
    if (nr.more > 0) push('', `${plural(nr.more, 'more person', 'more people')} in Touchpoint.`);
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function noteLine(n: SummaryNote): string {
  const when = `${shortDay.format(dayKey(n.occurredAt, n.timeZone))}, ${clock(n.occurredAt, n.timeZone)}`;
  const what = n.kind === 'own' ? `${n.valence} trust` : `I saw someone ${n.valence === 'helped' ? 'help' : 'harm'} trust`;
  const who = n.people.length ? `, ${n.kind === 'own' ? 'with' : 'involving'} ${n.people.map(mdText).join(', ')}` : '';
  const where = n.meetingTitle ? ` in “${mdText(n.meetingTitle)}”` : '';
  const tags = n.tags.length ? ` (${n.tags.map(tagLabel).join(', ')})` : '';
  return `**${when}** · ${what}${who}${where}${tags}: ${mdText(n.note)}`;
}

function clock(instant: string, timeZone: string): string {
  return formatTime(LOCALE, instant, timeZone);
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
