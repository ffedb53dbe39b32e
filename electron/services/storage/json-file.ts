import type { Adapter } from 'lowdb';
import type { FileCodec } from './codec';
import { readFileIfExists, writeFileDurably } from './durable-file';
import type { GenerationLedger } from './generations';
import { SerialWriter } from './serial-writer';

/**
 * lowdb adapter for one data file: durable atomic writes (see writeFileDurably), one write
 * at a time with coalescing, compact JSON (a data file is read by the app, not by people, and
 * compact JSON is about a third smaller and faster to write), bytes through a codec.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  private latest: T | undefined;
  private readonly writer: SerialWriter;

  constructor(
    readonly path: string,
    private readonly codec: FileCodec,
    /** The file's path in the store, bound into its encryption. */
    private readonly name: string,
    /** Hands out each write's generation and records it once on disk (rollback detection). */
    private readonly ledger: GenerationLedger | null = null,
    /**
     * How the data becomes text; must give what JSON.stringify gives (collections reuse their
     * records' text, and serialize the others in time slices: it must take what it needs of
     * the data before its first pause, as the data may change meanwhile).
     */
    stringify: (data: T) => string | Promise<string> = (data) => JSON.stringify(data),
  ) {
    this.writer = new SerialWriter(async () => {
      const text = await stringify(this.latest as T);
      const generation = this.ledger?.next(this.name);
      await writeFileDurably(this.path, this.codec.encode(text, this.name, generation));
      await this.ledger?.written(this.name, generation);
    });
  }

  /** Returns the parsed JSON, or null when the file does not exist. Throws on unreadable data. */
  async read(): Promise<T | null> {
    const bytes = await readFileIfExists(this.path);
    if (bytes === null) return null;
    return JSON.parse(this.codec.decode(bytes, this.name)) as T;
  }

  write(data: T): Promise<void> {
    this.latest = data;
    return this.writer.request();
  }

  idle(): Promise<void> {
    return this.writer.idle();
  }
}
