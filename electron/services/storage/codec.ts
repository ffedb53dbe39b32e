/**
 * How a data file's text is turned into bytes on disk. Plain UTF-8 by default; the
 * passphrase lock swaps in an encrypting codec without the stores knowing.
 */
export interface FileCodec {
  /**
   * `name` is the file's path in the store ("moments/2026-11.json") and `generation` how many
   * times it was written: the encrypting codec binds both to the bytes.
   */
  encode(text: string, name: string, generation?: number): Uint8Array;
  decode(bytes: Uint8Array, name: string): string;
  /**
   * The generation bound into bytes that decode accepted; absent when the codec binds none
   * (plain files cannot be protected against an older copy put back).
   */
  generationOf?(bytes: Uint8Array): number | null;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export const plainCodec: FileCodec = {
  encode: (text) => encoder.encode(text),
  decode: (bytes) => decoder.decode(bytes),
};

/**
 * A file in plain text where the codec expects encrypted ones (the lock is on and no lock
 * change is under way): Touchpoint never writes that, so the file was put there by someone
 * else. It is treated as damaged (set aside, never read) and the user is told.
 */
export class PlainTextUnderLockError extends Error {
  constructor() {
    super('This file is not encrypted although the passphrase lock is on.');
    this.name = 'PlainTextUnderLockError';
  }
}
