import { join } from 'node:path';
import { z } from 'zod';
import type { FileCodec } from './codec';
import { readFileIfExists, writeFileDurably } from './durable-file';
import { SerialWriter } from './serial-writer';

/** The ledger's name in the store folder (copied with every backup, so a restore brings back its own). */
export const GENERATIONS_FILE = 'generations.json';

const LedgerSchema = z.object({ files: z.record(z.string(), z.number().int().nonnegative()) });

/**
 * Rollback detection for an encrypted log. Every write of a data file carries a generation
 * (one more than the last), bound into its encryption; this ledger, encrypted and bound to
 * its name under the same data key, records the newest generation of each file. A file found
 * with an older generation than the ledger's is an older copy of itself put back (bringing
 * back deleted entries, hiding newer ones) and is refused.
 *
 * The ledger is written after the file, never before: a crash in between leaves the file one
 * generation ahead, which is accepted (and becomes the new floor), so a crash is never taken
 * for tampering. What it cannot tell: the whole folder, or a file together with the ledger,
 * put back to an earlier state together, which looks like restoring a backup.
 *
 * With a codec that binds no generation (the lock off) it does nothing.
 */
export class GenerationLedger {
  /** What the ledger on disk says, raised by the generations found in files as they load. */
  private readonly floor = new Map<string, number>();
  /** Generations handed out to writes (some may not have reached the disk). */
  private readonly issued = new Map<string, number>();
  private readonly writer: SerialWriter;
  private failed = false;
  /** Files were found newer than the ledger says (a crash between a file and the ledger): the ledger is to catch up. */
  private stale = false;
  /** There was no ledger on disk (see missingWhileRead). */
  private missing = false;
  /** A file carrying a generation was read although the ledger was missing. */
  private readWithoutLedger = false;

  private constructor(
    private readonly folder: string,
    private readonly codec: FileCodec,
  ) {
    this.writer = new SerialWriter(() => this.writeTo(this.folder));
  }

  get active(): boolean {
    return this.codec.generationOf !== undefined;
  }

  /**
   * Reads the ledger of `folder`. `damaged` when it exists but does not open (changed, or
   * written under another key): it then starts again from the files' own generations.
   */
  static async load(folder: string, codec: FileCodec): Promise<{ ledger: GenerationLedger; damaged: boolean }> {
    const ledger = new GenerationLedger(folder, codec);
    if (!ledger.active) return { ledger, damaged: false };
    let bytes: Buffer | null;
    try {
      bytes = await readFileIfExists(join(folder, GENERATIONS_FILE));
    } catch {
      return { ledger, damaged: true };
    }
    if (bytes === null) {
      // Turning the lock on writes an empty ledger (encryptDataFolder); it is written again here so the
      // next start finds one in any case.
      ledger.missing = true;
      ledger.stale = true;
      return { ledger, damaged: false };
    }
    try {
      const parsed = LedgerSchema.parse(JSON.parse(codec.decode(bytes, GENERATIONS_FILE)));
      for (const [name, generation] of Object.entries(parsed.files)) ledger.floor.set(name, generation);
      return { ledger, damaged: false };
    } catch {
      return { ledger, damaged: true };
    }
  }

  /**
   * Checks the generation of a file that decoded (`bytes`): false when it is older than the
   * newest one written, that is, an older copy put back. Otherwise its generation becomes the
   * file's floor.
   */
  accepts(name: string, bytes: Uint8Array): boolean {
    const generation = this.codec.generationOf?.(bytes);
    if (generation === undefined || generation === null) return true;
    // Turning the lock on leaves a ledger beside the files it encrypts: without one, it was removed.
    if (this.missing) this.readWithoutLedger = true;
    const known = this.floor.get(name);
    if (generation < (known ?? 0)) return false;
    if (known !== generation) {
      this.floor.set(name, generation);
      this.stale = true;
    }
    return true;
  }

  /**
   * Writes the ledger if files were found ahead of it, so an older copy cannot be slipped in
   * later in the window a crash left. A refusal is kept for the next write (see written).
   */
  async catchUp(): Promise<void> {
    if (!this.stale) return;
    this.stale = false;
    await this.persist();
  }

  /** The generation for the next write of `name`: above every one written or handed out. */
  next(name: string): number | undefined {
    if (!this.active) return undefined;
    const generation = Math.max(this.floor.get(name) ?? 0, this.issued.get(name) ?? 0) + 1;
    this.issued.set(name, generation);
    return generation;
  }

  /**
   * Records that `generation` of `name` is on disk, and writes the ledger. A ledger the disk
   * refuses is not the file's failure (the file is saved; a crash-like lag is accepted): it
   * is written again with the next change.
   */
  async written(name: string, generation: number | undefined): Promise<void> {
    if (generation === undefined) return;
    this.record(name, generation);
    await this.persist();
  }

  private async persist(): Promise<void> {
    try {
      await this.writer.request();
      this.failed = false;
    } catch {
      this.failed = true;
    }
  }

  /** Records that `generation` of `name` is on disk, without writing the ledger (see writeTo). */
  record(name: string, generation: number | undefined): void {
    if (generation !== undefined && generation > (this.floor.get(name) ?? 0)) this.floor.set(name, generation);
  }

  /**
   * The ledger was missing although files carrying generations were read: it was deleted
   * (perhaps to slip an older copy of a file back in unnoticed). Which files were put back
   * cannot be told. (Files from before generations existed carry none and raise nothing.)
   */
  get missingWhileRead(): boolean {
    return this.readWithoutLedger;
  }

  /** Whether the last ledger write failed (protection lags until the next one succeeds). */
  get behind(): boolean {
    return this.failed;
  }

  /** Writes the ledger as it stands into another folder (a migration's new store). */
  async writeTo(folder: string): Promise<void> {
    if (!this.active) return;
    const files = Object.fromEntries([...this.floor].sort(([a], [b]) => a.localeCompare(b)));
    await writeFileDurably(join(folder, GENERATIONS_FILE), this.codec.encode(JSON.stringify({ files }), GENERATIONS_FILE));
  }

  idle(): Promise<void> {
    return this.writer.idle();
  }
}
