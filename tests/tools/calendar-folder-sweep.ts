/**
 * Runs the calendar engine over every .ics file under a folder and reports, per file, whether
 * it crashed (anything but a CalendarParseError), the warnings, and how many events (UIDs) the
 * file holds against how many the engine shows at least once between 1601 and 2200.
 *
 *   npx tsx tests/tools/calendar-folder-sweep.ts <folder> [--zone Europe/Berlin] [--all]
 *
 * Without --all only files with a crash, a warning, an error or a missing event are listed;
 * the totals always are. Exits 1 when any file crashed the engine.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CalendarParseError, expandParsedWithReport, parseCalendar } from '../../electron/services/calendar';

const SWEEP_RANGE = { from: new Date('1601-01-01T00:00:00Z'), to: new Date('2200-01-01T00:00:00Z') };
/** Far above the app's limits: an event counts as shown only if some instance in six centuries is. */
const SWEEP_LIMITS = { maxOccurrencesPerSeries: 200_000, maxOccurrences: 2_000_000, timeBudgetMs: 60_000 };

interface FileResult {
  file: string;
  outcome: 'ok' | 'error' | 'crash';
  detail: string;
  warnings: string[];
  uidsInFile: number;
  uidsShown: number;
  missing: string[];
  occurrences: number;
}

function icsFiles(folder: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) found.push(...icsFiles(path));
    else if (name.toLowerCase().endsWith('.ics')) found.push(path);
  }
  return found;
}

/** UIDs of the VEVENTs written in the file, read as plainly as possible (unfolded UID lines inside VEVENT). */
function uidsWritten(text: string): Set<string> {
  const uids = new Set<string>();
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n[ \t]/g, '').split('\n');
  let depth = 0;
  let inEvent = false;
  for (const line of lines) {
    const upper = line.trim().toUpperCase();
    if (upper === 'BEGIN:VEVENT') {
      inEvent = true;
      depth = 0;
    } else if (inEvent && upper.startsWith('BEGIN:')) depth++;
    else if (inEvent && upper.startsWith('END:') && depth > 0) depth--;
    else if (upper === 'END:VEVENT') inEvent = false;
    else if (inEvent && depth === 0 && upper.startsWith('UID')) {
      const colon = line.indexOf(':');
      if (colon !== -1) uids.add(line.slice(colon + 1).trim());
    }
  }
  return uids;
}

function sweepFile(path: string, root: string, timeZone: string): FileResult {
  const text = readFileSync(path, 'utf8');
  const result: FileResult = { file: relative(root, path), outcome: 'ok', detail: '', warnings: [], uidsInFile: 0, uidsShown: 0, missing: [], occurrences: 0 };
  const written = uidsWritten(text);
  result.uidsInFile = written.size;
  try {
    const parsed = parseCalendar(text, { timeZone });
    const report = expandParsedWithReport(parsed, SWEEP_RANGE, SWEEP_LIMITS);
    result.warnings = [...parsed.warnings, ...report.problems].map((warning) => `${warning.code}: ${warning.message}`);
    result.occurrences = report.occurrences.length;
    const shown = new Set(report.occurrences.map((occurrence) => occurrence.uid));
    result.uidsShown = [...written].filter((uid) => shown.has(uid)).length;
    result.missing = [...written].filter((uid) => !shown.has(uid));
  } catch (error) {
    result.outcome = error instanceof CalendarParseError ? 'error' : 'crash';
    result.detail = error instanceof CalendarParseError ? `${error.code}: ${error.message}` : String(error instanceof Error ? (error.stack ?? error.message) : error);
  }
  return result;
}

function main(argv: string[]): number {
  const args = [...argv];
  const zoneAt = args.indexOf('--zone');
  const timeZone = zoneAt === -1 ? 'UTC' : (args.splice(zoneAt, 2)[1] ?? 'UTC');
  const allAt = args.indexOf('--all');
  const all = allAt !== -1;
  if (all) args.splice(allAt, 1);
  const folder = args[0];
  if (!folder) {
    console.error('Usage: tsx tests/tools/calendar-folder-sweep.ts <folder> [--zone IANA] [--all]');
    return 2;
  }
  const results = icsFiles(folder).map((path) => sweepFile(path, folder, timeZone));
  for (const result of results) {
    const interesting = result.outcome !== 'ok' || result.warnings.length > 0 || result.missing.length > 0;
    if (!all && !interesting) continue;
    console.log(`${result.outcome.toUpperCase()} ${result.file}: ${result.uidsShown}/${result.uidsInFile} events shown, ${result.occurrences} occurrences`);
    if (result.detail) console.log(`  ${result.detail.split('\n').slice(0, 4).join('\n  ')}`);
    for (const warning of result.warnings) console.log(`  warning ${warning}`);
    if (result.missing.length > 0) console.log(`  not shown: ${result.missing.slice(0, 10).join(', ')}${result.missing.length > 10 ? ', …' : ''}`);
  }
  const count = (outcome: FileResult['outcome']): number => results.filter((result) => result.outcome === outcome).length;
  const inFile = results.reduce((sum, result) => sum + result.uidsInFile, 0);
  const shown = results.reduce((sum, result) => sum + result.uidsShown, 0);
  console.log(
    `sweep: ${results.length} files (zone ${timeZone}), ${count('ok')} read, ${count('error')} refused as a whole, ${count('crash')} crashed; ` +
      `${results.filter((result) => result.warnings.length > 0).length} with warnings; ${shown}/${inFile} events shown, ` +
      `${results.filter((result) => result.missing.length > 0).length} files with events not shown`,
  );
  return count('crash') > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
