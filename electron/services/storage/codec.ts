/**
 * How a data file's text is turned into bytes on disk. Plain UTF-8 by default; the
 * passphrase lock swaps in an encrypting codec without the stores knowing.
 */
export interface FileCodec {
  encode(text: string): Uint8Array;
  decode(bytes: Uint8Array): string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export const plainCodec: FileCodec = {
  encode: (text) => encoder.encode(text),
  decode: (bytes) => decoder.decode(bytes),
};
