/**
 * Numbered, pure migrations of the whole store. Each receives every data file (relative
 * path -> parsed JSON) at version `to - 1` and returns the files at version `to`. Pure
 * functions of their input: they must not mutate it, and must carry every record over.
 */
export interface Migration {
  readonly to: number;
  readonly description: string;
  migrate(files: ReadonlyMap<string, unknown>): Map<string, unknown>;
}

/** The schema this build reads and writes. */
export const CURRENT_SCHEMA_VERSION = 2;

const isRecordFile = (data: unknown): data is { records: Record<string, unknown>[] } =>
  typeof data === 'object' && data !== null && Array.isArray((data as { records?: unknown }).records);

/** Real migrations, in order. Version 1 is the first released layout. */
export const MIGRATIONS: readonly Migration[] = [
  {
    to: 2,
    description: 'Moments say whose they are: the user’s own ("own") or witnessed; every existing moment is the user’s own.',
    migrate(files) {
      const out = new Map<string, unknown>();
      for (const [path, data] of files) {
        out.set(path, path.startsWith('moments/') && isRecordFile(data) ? { ...data, records: data.records.map((r) => ({ kind: 'own', ...r })) } : data);
      }
      return out;
    },
  },
];

export function migrationsBetween(all: readonly Migration[], from: number, to: number): Migration[] {
  const steps: Migration[] = [];
  for (let version = from + 1; version <= to; version++) {
    const step = all.find((m) => m.to === version);
    if (!step) throw new Error(`No migration to schema version ${version}`);
    steps.push(step);
  }
  return steps;
}

export function applyMigrations(
  files: ReadonlyMap<string, unknown>,
  steps: readonly Migration[],
): Map<string, unknown> {
  let current = new Map(files);
  for (const step of steps) {
    // Deep-copy between steps so a migration that mutates its input cannot damage the source.
    current = step.migrate(structuredClone(current));
  }
  return current;
}
