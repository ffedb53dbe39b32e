import type { FollowThrough, HelpHarm, NotReached, ResponseStats } from '../../../shared/domain/insights';
import type { Moment } from '../../../shared/domain/moment';
import { dayKey } from '../../../shared/domain/time';
import { formatDay, formatDayRange, formatPercent, formatTime, type DateShape } from '../../../shared/format/locale-format';
import { mainLanguage, t } from '../text/main-text';

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

/**
 * The summary is a document the user shares, in the main process's language: English with
 * British dates (as before there were catalogs), any other language with its own dates.
 */
const summaryLocale = () => (mainLanguage() === 'en' ? 'en-GB' : mainLanguage());
const dayText = (shape: DateShape) => ({ format: (day: string) => formatDay(summaryLocale(), day, shape) });
const longDay = dayText('weekdayDayMonthYear');
const dayMonth = dayText('dayMonth');
const dayMonthYear = dayText('dayMonthYear');
const shortDay = dayText('weekdayShortDayMonth');

/** "16–22 November 2026", "30 November – 6 December 2026", "29 December 2025 – 4 January 2026" (German: "16.–22. November 2026"). */
export function weekTitle(weekStart: string, weekEnd: string): string {
  if (mainLanguage() !== 'en') return formatDayRange(summaryLocale(), weekStart, weekEnd, 'dayMonthYear');
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

const percent = (rate: number | null) => (rate === null ? '' : formatPercent(summaryLocale(), rate));

function change(now: number, before: number, noun: 'Helped' | 'Harmed'): string {
  if (now === before) return t(`insights:summary.same${noun}`, { value: now });
  return now > before ? t(`insights:summary.more${noun}`, { value: now - before }) : t(`insights:summary.fewer${noun}`, { value: before - now });
}

function instantDay(instant: string, timeZone: string): string {
  return dayMonthYear.format(dayKey(instant, timeZone));
}

/** The one-page weekly summary, in Markdown: what the user may export and share with a coach or mentor. */
export function renderWeeklySummary(s: SummaryInput): string {
  const lines: string[] = [];
  const push = (...more: string[]) => lines.push(...more);
  const { own, witnessed, followThrough: ft, response: r } = s.week;

  push(`# ${t('insights:summary.title', { range: weekTitle(s.weekStart, s.weekEnd) })}`, '');
  const exportedOn = longDay.format(dayKey(s.generatedAt, s.timeZone));
  push(s.inProgress ? t('insights:summary.exportedInProgress', { date: exportedOn }) : t('insights:summary.exported', { date: exportedOn }));
  push(t('insights:summary.private'), '');

  push(`## ${t('insights:summary.numbersTitle')}`, '');
  const before = s.inProgress ? t('insights:summary.beforeSameTime') : t('insights:summary.before');
  const thisWeek = s.inProgress ? t('insights:summary.thisWeekSoFar') : t('insights:summary.thisWeek');
  const beforeColumn = s.inProgress ? t('insights:summary.beforeSameTimeColumn') : t('insights:summary.beforeColumn');
  push(`| ${t('insights:summary.moments')} | ${thisWeek} | ${beforeColumn} |`, '|---|---:|---:|');
  push(`| ${t('insights:summary.ownHelped')} | ${own.helped} | ${s.previous.own.helped} |`);
  push(`| ${t('insights:summary.ownHarmed')} | ${own.harmed} | ${s.previous.own.harmed} |`);
  push(`| ${t('insights:summary.witnessedHelped')} | ${witnessed.helped} | ${s.previous.witnessed.helped} |`);
  push(`| ${t('insights:summary.witnessedHarmed')} | ${witnessed.harmed} | ${s.previous.witnessed.harmed} |`, '');
  push(t('insights:summary.compared', { before, helped: change(own.helped, s.previous.own.helped, 'Helped'), harmed: change(own.harmed, s.previous.own.harmed, 'Harmed') }));
  push(t('insights:summary.apart'), '');

  push(`## ${t('insights:summary.tagsTitle')}`, '');
  if (s.builders.length === 0 && s.damagers.length === 0) push(t('insights:summary.noTags'));
  else {
    const list = (items: { label: string; count: number }[]) => (items.length ? items.map((tag) => `${tag.label} (${tag.count})`).join(', ') : t('insights:summary.none'));
    push(`- ${t('insights:summary.builders', { list: list(s.builders) })}`, `- ${t('insights:summary.damagers', { list: list(s.damagers) })}`);
  }
  push('');

  push(`## ${t('insights:summary.intentionsTitle')}`, '');
  const answered = ft.yes + ft.partly + ft.no;
  if (ft.intentions === 0) push(t('insights:summary.noIntentions'));
  else {
    push(t('insights:summary.intentionsSet', { count: ft.intentions }));
    const kept = { yes: ft.yes, partly: ft.partly, no: ft.no, answered };
    if (answered) push(ft.keptRate === null ? t('insights:summary.kept', kept) : t('insights:summary.keptRate', { ...kept, rate: percent(ft.keptRate) }));
    const open = [ft.notAnswered ? t('insights:summary.notAnswered', { value: ft.notAnswered }) : '', ft.notReflected ? t('insights:summary.notReflected', { value: ft.notReflected }) : ''].filter(Boolean);
    if (open.length) push(`${capitalise(open.join('; '))}.`);
  }
  push('');

  push(`## ${t('insights:summary.checkInsTitle')}`, '');
  const notShown = r.notShown['quiet-time'] + r.notShown.paused + r.notShown.away + r.notShown['too-late'];
  if (r.shown === 0) push(t('insights:summary.noCards'));
  else {
    const responded = r.answered + r.filledInLater;
    const later = r.filledInLater ? t('insights:summary.answeredLater', { value: r.filledInLater }) : '';
    push(`${t('insights:summary.answered', { count: r.shown, answered: responded })}${r.rate === null ? '' : ` (${percent(r.rate)})`}${later}.`);
    const rest = [r.skipped ? t('insights:summary.skipped', { value: r.skipped }) : '', r.later ? t('insights:summary.putOff', { value: r.later }) : '', r.missed ? t('insights:summary.missed', { value: r.missed }) : ''].filter(Boolean);
    if (rest.length) push(`${capitalise(rest.join(', '))}.`);
  }
  if (notShown > 0) push(t('insights:summary.notShown', { count: notShown }));
  push('');

  push(`## ${t('insights:summary.notesTitle')}`, '');
  if (s.notes === null) push(t('insights:summary.notesLeftOut'));
  else if (s.notes.shown.length === 0) push(t('insights:summary.noNotes'));
  else {
    for (const n of s.notes.shown) push(`- ${noteLine(n)}`);
    if (s.notes.total > s.notes.shown.length) push('', t('insights:summary.moreNotes', { count: s.notes.total - s.notes.shown.length }));
  }
  push('');

  const nr = s.notReached;
  push(`## ${t('insights:summary.peopleTitle')}`, '');
  if (nr.peopleMet === 0 && nr.team.length === 0) push(t('insights:summary.noMeetings', { count: nr.weeks }));
  else if (nr.people.length === 0) push(t('insights:summary.nobody', { count: nr.weeks }));
  else {
    push(t('insights:summary.notReached', { count: nr.weeks, date: instantDay(s.generatedAt, s.timeZone) }), '');
    for (const p of nr.people) {
      const last = p.lastPositiveAt ? t('insights:summary.lastHelped', { date: instantDay(p.lastPositiveAt, s.timeZone) }) : t('insights:summary.noHelped');
      const met = p.lastMeeting ? t('insights:summary.lastMet', { title: mdText(p.lastMeeting.title), date: instantDay(p.lastMeeting.start, s.timeZone) }) : '';
      push(`- ${mdText(p.name)}${p.group === 'team' ? t('insights:summary.team') : ''}: ${last}${met}`);
    }
    if (nr.more > 0) push('', t('insights:summary.morePeople', { count: nr.more }));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function noteLine(n: SummaryNote): string {
  const when = `${shortDay.format(dayKey(n.occurredAt, n.timeZone))}, ${clock(n.occurredAt, n.timeZone)}`;
  const what =
    n.kind === 'own'
      ? t(n.valence === 'helped' ? 'insights:summary.ownHelpedNote' : 'insights:summary.ownHarmedNote')
      : t(n.valence === 'helped' ? 'insights:summary.sawHelp' : 'insights:summary.sawHarm');
  const people = n.people.map(mdText).join(', ');
  const who = n.people.length ? t(n.kind === 'own' ? 'insights:summary.withPeople' : 'insights:summary.involving', { people }) : '';
  const where = n.meetingTitle ? t('insights:summary.inMeeting', { title: mdText(n.meetingTitle) }) : '';
  const tags = n.tags.length ? ` (${n.tags.map((tag) => t(`common:tags.${tag}`)).join(', ')})` : '';
  return `**${when}** · ${what}${who}${where}${tags}: ${mdText(n.note)}`;
}

function clock(instant: string, timeZone: string): string {
  return formatTime(summaryLocale(), instant, timeZone);
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
