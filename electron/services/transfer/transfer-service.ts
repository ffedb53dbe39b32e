import { AppError } from '../../../shared/domain/errors';
import type { LogEntry } from '../../../shared/domain/log';
import { LogQuerySchema } from '../../../shared/domain/log';
import {
  ExportFileSchema,
  RECORD_SCHEMAS,
  TRANSFER_KINDS,
  type ExportFile,
  type ExportFormat,
  type ImportReport,
  type TransferCounts,
  type TransferKind,
} from '../../../shared/domain/transfer';
import type { Clock } from '../clock';
import type { Emit } from '../events';
import type { LogService } from '../log/log-service';
import type { StorageWriteError, StoredRecord } from '../storage/collection';
import type { DataStore } from '../storage/data-store';
import { writeOrKeep } from '../storage/write-or-keep';
import { writeProblemClause } from '../storage/write-problem';
import { csvCell, CSV_HEADER, csvRow, markdownOf } from './formats';
import { issueText } from '../../../shared/domain/validation';
import { t } from '../text/main-text';
import { nextTurn } from '../time-slices';

const COLLECTION_OF: Record<TransferKind, string> = { moments: 'moments', checkIns: 'check-ins', followUps: 'follow-ups', reviews: 'reviews', notes: 'notes' };
const CHUNK = 2000;
const zero = (): TransferCounts => ({ moments: 0, checkIns: 0, followUps: 0, reviews: 0, notes: 0 });

export interface TransferDeps {
  store: DataStore;
  log: LogService;
  clock: Clock;
  emit: Emit;
  whenLoaded: () => Promise<void>;
  onWriteFailed: (error: StorageWriteError) => void;
}

/**
 * Export the whole reflection log (JSON for restoring or moving machines; CSV and Markdown
 * for reading elsewhere) and import a JSON export. Long runs report progress and yield
 * between chunks so the app stays responsive; nothing leaves the machine except the file the
 * user saves.
 */
export class TransferService {
  constructor(private readonly deps: TransferDeps) {}

  async export(format: ExportFormat): Promise<{ fileName: string; mimeType: string; content: string; counts: TransferCounts }> {
    await this.deps.whenLoaded();
    this.requireWholeHistory('export');
    const now = this.deps.clock.now().toISOString();
    const stamp = now.slice(0, 10);
    const counts = zero();
    if (format === 'json') {
      const data = {} as Record<TransferKind, unknown[]>;
      for (const kind of TRANSFER_KINDS) {
        data[kind] = [...this.deps.store.collection(COLLECTION_OF[kind]).values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
        counts[kind] = data[kind].length;
      }
      const file: ExportFile = { format: 'touchpoint-export', version: 1, exportedAt: now, data };
      this.progress('export', 1, 1);
      return { fileName: `touchpoint-export-${stamp}.json`, mimeType: 'application/json', content: JSON.stringify(file, null, 1), counts };
    }
    const entries = await this.allEntries();
    for (const e of entries) counted(counts, e);
    if (format === 'csv') {
      const lines = [CSV_HEADER.join(',')];
      for (let i = 0; i < entries.length; i += CHUNK) {
        for (const entry of entries.slice(i, i + CHUNK)) lines.push(csvRow(entry).map(csvCell).join(','));
        this.progress('export', Math.min(i + CHUNK, entries.length), entries.length);
        await nextTurn();
      }
      return { fileName: `touchpoint-log-${stamp}.csv`, mimeType: 'text/csv', content: `${lines.join('\r\n')}\r\n`, counts };
    }
    this.progress('export', entries.length, entries.length);
    return { fileName: `touchpoint-log-${stamp}.md`, mimeType: 'text/markdown', content: markdownOf(entries, now), counts };
  }

  async import(text: string): Promise<ImportReport> {
    await this.deps.whenLoaded();
    this.requireWholeHistory('import');
    let parsedJson: unknown;
    try {
      parsedJson = JSON.parse(text);
    } catch {
      throw new AppError('invalid_input', t('errors:transfer.notJson'));
    }
    const file = ExportFileSchema.safeParse(parsedJson);
    if (!file.success) {
      const version = (parsedJson as { version?: unknown } | null)?.version;
      throw new AppError('invalid_input', typeof version === 'number' && version > 1 ? t('errors:transfer.newerExport') : t('errors:transfer.notExport'));
    }
    const report: ImportReport = { added: zero(), unchanged: zero(), conflicts: zero(), invalid: [], invalidCount: 0, unknownFields: [] };
    const unknown = new Set<string>();
    const total = TRANSFER_KINDS.reduce((n, k) => n + file.data.data[k].length, 0);
    const toAdd = new Map<TransferKind, StoredRecord[]>();
    let done = 0;
    // Everything is checked first; nothing is written unless the whole file was read.
    for (const kind of TRANSFER_KINDS) {
      const collection = this.deps.store.collection<StoredRecord>(COLLECTION_OF[kind]);
      const reviewDays = kind === 'reviews' ? new Map([...collection.values()].map((r) => [(r as unknown as { day: string }).day, r.id])) : null;
      const adding: StoredRecord[] = [];
      const seen = new Set<string>();
      const records = file.data.data[kind];
      for (let i = 0; i < records.length; i++) {
        const parsed = RECORD_SCHEMAS[kind].safeParse(records[i]);
        if (!parsed.success) {
          report.invalidCount++;
          if (report.invalid.length < 50) report.invalid.push({ kind, index: i, reason: shortReason(parsed.error.issues) });
          continue;
        }
        for (const field of fieldsLeftOut(records[i], parsed.data, kind)) if (unknown.size < MAX_UNKNOWN_FIELDS) unknown.add(field);
        const record = parsed.data as StoredRecord;
        const existing = collection.get(record.id);
        if (existing) report[JSON.stringify(existing) === JSON.stringify(record) ? 'unchanged' : 'conflicts'][kind]++;
        else if (seen.has(record.id)) report.conflicts[kind]++;
        else if (reviewDays?.has((record as unknown as { day: string }).day)) report.conflicts[kind]++;
        else {
          seen.add(record.id);
          reviewDays?.set((record as unknown as { day: string }).day, record.id);
          adding.push(record);
        }
        if (++done % CHUNK === 0) {
          this.progress('import', done, total);
          await nextTurn();
        }
      }
      toAdd.set(kind, adding);
    }
    report.unknownFields = [...unknown].sort();
    await this.addAllOrNothing(toAdd);
    for (const [kind, records] of toAdd) report.added[kind] = records.length;
    this.progress('import', total, total);
    // Every view (log, review, insights) re-reads what is now a different history.
    this.deps.emit('moments.changed', { change: 'loaded', id: null, at: this.deps.clock.now().toISOString() });
    return report;
  }

  /**
   * Writes the import's records through the journal (see ImportJournal): a crash part-way is
   * finished on the next start, and a refused write is kept in memory and retried, so the
   * import ends complete or, if the journal itself cannot be written, not started at all.
   */
  private async addAllOrNothing(toAdd: Map<TransferKind, StoredRecord[]>): Promise<void> {
    const additions = Object.fromEntries([...toAdd].filter(([, records]) => records.length > 0).map(([kind, records]) => [COLLECTION_OF[kind], records]));
    if (Object.keys(additions).length === 0) return;
    const journal = this.deps.store.importJournal;
    try {
      await journal.write(additions);
    } catch (error) {
      // The journal may have reached the disk before the failure (a folder sync failed): what the user is told must match what the next start does.
      const removed = await journal.clear().then(() => true, () => false);
      if (removed) throw new AppError('storage', t('errors:transfer.importNotStarted', { problem: writeProblemClause(error) }));
      throw new AppError('storage', t('errors:transfer.importNotFinished', { problem: writeProblemClause(error) }));
    }
    for (const [kind, records] of toAdd) {
      const collection = this.deps.store.collection<StoredRecord>(COLLECTION_OF[kind]);
      await writeOrKeep(() => collection.insertMany(records), this.deps.onWriteFailed);
    }
    // With a write still waiting, the journal stays: the next start finishes what was not saved.
    if (this.deps.store.unsavedFiles.length === 0) await journal.clear().catch(() => undefined);
  }

  private async allEntries(): Promise<LogEntry[]> {
    const entries: LogEntry[] = [];
    let before: string | undefined;
    for (;;) {
      const page = this.deps.log.query(LogQuerySchema.parse({ limit: 500, ...(before ? { before } : {}) }));
      entries.push(...page.entries);
      if (!page.nextCursor) break;
      before = page.nextCursor;
      if (entries.length % CHUNK === 0) await nextTurn();
    }
    // Oldest first reads naturally in a journal or a spreadsheet.
    return entries.reverse();
  }

  /** Export and import work on the whole history: refused, with the reason, while part of it could not be read. */
  private requireWholeHistory(operation: 'export' | 'import'): void {
    const unreadable = this.deps.store.unreadableFiles;
    if (unreadable.length === 0) return;
    const files = unreadable.join(', ');
    throw new AppError('storage', operation === 'export' ? t('errors:transfer.exportUnreadable', { files }) : t('errors:transfer.importUnreadable', { files }));
  }

  private progress(operation: 'export' | 'import', done: number, total: number): void {
    this.deps.emit('transfer.progress', { operation, done, total });
  }
}

const MAX_UNKNOWN_FIELDS = 20;
const MAX_REASON_CHARS = 300;

/** Why a record was refused, short enough to show: an invalid value may be megabytes long. */
function shortReason(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  const text = issues.map((x) => `${x.path.map(String).join('.')}: ${issueText(x, t)}`).join('; ');
  return text.length > MAX_REASON_CHARS ? `${text.slice(0, MAX_REASON_CHARS - 1)}…` : text;
}

/** Fields of an imported record that Touchpoint does not know and so did not keep ("moments.mood"), a few levels deep. */
function fieldsLeftOut(input: unknown, kept: unknown, prefix: string, depth = 0): string[] {
  if (depth > 4 || !isPlainObject(input) || !isPlainObject(kept)) return [];
  const left: string[] = [];
  for (const key of Object.keys(input)) {
    if (!(key in kept)) left.push(`${prefix}.${key}`);
    else left.push(...fieldsLeftOut(input[key], kept[key], `${prefix}.${key}`, depth + 1));
  }
  return left;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function counted(counts: TransferCounts, entry: LogEntry): void {
  if (entry.kind === 'moment') counts.moments++;
  else if (entry.kind === 'intention') counts.checkIns++;
  else if (entry.kind === 'follow-up') counts.followUps++;
  else if (entry.kind === 'review') counts.reviews++;
  else counts.notes++;
}
