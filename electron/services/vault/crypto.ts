import { createCipheriv, createDecipheriv, createPrivateKey, createPublicKey, diffieHellman, generateKeyPairSync, hkdfSync, randomBytes, scrypt } from 'node:crypto';
import { PlainTextUnderLockError, type FileCodec } from '../storage/codec';

/**
 * The cryptography of the passphrase lock, all from Node's crypto module:
 * - scrypt (memory-hard) turns the passphrase and a random salt into a key-encryption key;
 * - a random 256-bit data key, wrapped by that key, encrypts the files; changing the
 *   passphrase only re-wraps the data key;
 * - AES-256-GCM with a fresh random IV for every write; the tag detects any change;
 * - an X25519 key pair lets the popup seal a moment while the log is locked: sealing needs
 *   only the public key, opening needs the private key, which is itself wrapped by the data key.
 */

/** How costly deriving the key from the passphrase is (scrypt's N, r, p). */
export interface KeyDerivationCost {
  N: number;
  r: number;
  p: number;
}

/** The app's cost: about a second and 128 MB per attempt, to slow down guessing. */
export const SCRYPT: KeyDerivationCost = { N: 2 ** 17, r: 8, p: 1 };
const SCRYPT_MAXMEM = 256 * 1024 * 1024;
/** Files written before names were bound: "TPE1" | iv | tag | ciphertext. Still read; rewritten as TPE2 on their next write. */
const MAGIC = Buffer.from('TPE1');
/** "TPE2" | name length (2 bytes) | name | iv | tag | ciphertext; the header is the associated data. Still read. */
const MAGIC2 = Buffer.from('TPE2');
/**
 * "TPE3" | name length (2 bytes) | name | generation (8 bytes) | iv | tag | ciphertext; the
 * header is the associated data, so neither the path nor the generation can be changed
 * without the tag failing. The generation counts the file's writes (see GenerationLedger).
 */
const MAGIC3 = Buffer.from('TPE3');

export interface Sealed {
  iv: string;
  tag: string;
  data: string;
}

export class WrongPassphraseError extends Error {
  constructor() {
    super('That passphrase is not right.');
    this.name = 'WrongPassphraseError';
  }
}

export function deriveKey(passphrase: string, salt: Buffer, params: KeyDerivationCost): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFC'), salt, 32, { N: params.N, r: params.r, p: params.p, maxmem: SCRYPT_MAXMEM }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export function seal(key: Buffer, plain: Buffer): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  return { iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') };
}

/** GCM tags are 16 bytes; Node would also accept a truncated one (down to 4 bytes), which is far easier to forge. */
const TAG_BYTES = 16;

function gcmDecipher(key: Buffer, iv: Buffer, tag: Buffer) {
  if (tag.length !== TAG_BYTES) throw new Error('The authentication tag is not 16 bytes.');
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  decipher.setAuthTag(tag);
  return decipher;
}

/** Throws WrongPassphraseError when the key is wrong or the data was changed. */
export function open(key: Buffer, sealed: Sealed): Buffer {
  try {
    const decipher = gcmDecipher(key, Buffer.from(sealed.iv, 'base64'), Buffer.from(sealed.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]);
  } catch {
    throw new WrongPassphraseError();
  }
}

export function isEncrypted(bytes: Uint8Array): boolean {
  if (bytes.length < 4) return false;
  const head = Buffer.from(bytes.subarray(0, 4));
  return head.equals(MAGIC) || head.equals(MAGIC2) || head.equals(MAGIC3);
}

/**
 * File codec for an unlocked log: every write is encrypted (see encryptFile, the file's path
 * bound in). Plain files are read only while a lock change is under way (`acceptPlain`:
 * some files converted, some not, after a crash); otherwise a plain file under the lock is
 * tampering and refused (PlainTextUnderLockError).
 */
export function encryptingCodec(dataKey: Buffer, options: { acceptPlain: boolean } = { acceptPlain: false }): FileCodec {
  return {
    encode: (text, name, generation) => encryptFile(dataKey, name, Buffer.from(text, 'utf8'), generation),
    // Read from the header, which decode has already authenticated.
    generationOf: (bytes) => fileGeneration(bytes),
    decode(bytes, name) {
      if (!isEncrypted(bytes)) {
        if (!options.acceptPlain) throw new PlainTextUnderLockError();
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      }
      return decryptFile(dataKey, bytes, name).toString('utf8');
    },
  };
}

/** An encrypted file whose bound name is not where it was found: moved or copied over another file. */
export class MovedFileError extends Error {
  constructor(
    readonly boundTo: string,
    readonly foundAt: string,
  ) {
    super(`This file belongs at ${boundTo}, not at ${foundAt}.`);
    this.name = 'MovedFileError';
  }
}

/**
 * Encrypts a file's bytes with a fresh IV, binding its path in the store (`name`) and its
 * generation as associated data: an encrypted file copied over another one no longer opens
 * there, and an older copy of the same file shows its older generation.
 */
export function encryptFile(dataKey: Buffer, name: string, plain: Uint8Array, generation = 0): Buffer {
  if (!Number.isSafeInteger(generation) || generation < 0) throw new Error(`Invalid file generation ${generation}`);
  const nameBytes = Buffer.from(name, 'utf8');
  const length = Buffer.alloc(2);
  length.writeUInt16BE(nameBytes.length);
  const generationBytes = Buffer.alloc(8);
  generationBytes.writeBigUInt64BE(BigInt(generation));
  const header = Buffer.concat([MAGIC3, length, nameBytes, generationBytes]);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', dataKey, iv);
  cipher.setAAD(header);
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([header, iv, cipher.getAuthTag(), data]);
}

/**
 * Decrypts a file; plain bytes come back as they are (the caller decides whether plain is
 * acceptable). With `expectedName`, a file bound to another path is refused (MovedFileError);
 * null accepts any (files kept aside, converted as they are).
 */
export function decryptFile(dataKey: Buffer, bytes: Uint8Array, expectedName: string | null): Buffer {
  const buffer = Buffer.from(bytes);
  const head = buffer.subarray(0, 4);
  if (head.equals(MAGIC)) {
    const decipher = gcmDecipher(dataKey, buffer.subarray(4, 16), buffer.subarray(16, 32));
    return Buffer.concat([decipher.update(buffer.subarray(32)), decipher.final()]);
  }
  const withGeneration = head.equals(MAGIC3);
  if (!(withGeneration || head.equals(MAGIC2)) || buffer.length < 6) return buffer;
  const nameEnd = 6 + buffer.readUInt16BE(4);
  const end = withGeneration ? nameEnd + 8 : nameEnd;
  const header = buffer.subarray(0, end);
  const boundTo = header.subarray(6, nameEnd).toString('utf8');
  if (expectedName !== null && boundTo !== expectedName) throw new MovedFileError(boundTo, expectedName);
  const decipher = gcmDecipher(dataKey, buffer.subarray(end, end + 12), buffer.subarray(end + 12, end + 28));
  decipher.setAAD(header);
  return Buffer.concat([decipher.update(buffer.subarray(end + 28)), decipher.final()]);
}

/**
 * The generation in an encrypted file's header (0 for files written before generations were
 * bound), or null for a plain file. Unauthenticated until the file has been decrypted.
 */
export function fileGeneration(bytes: Uint8Array): number | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!isEncrypted(buffer)) return null;
  if (!buffer.subarray(0, 4).equals(MAGIC3)) return 0;
  const at = 6 + buffer.readUInt16BE(4);
  if (buffer.length < at + 8) return null;
  const generation = buffer.readBigUInt64BE(at);
  return generation <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(generation) : null;
}

export function newDataKey(): Buffer {
  return randomBytes(32);
}

export function newQueueKeys(): { publicKey: string; privateKey: Buffer } {
  const { publicKey, privateKey } = generateKeyPairSync('x25519');
  return {
    publicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
    privateKey: privateKey.export({ type: 'pkcs8', format: 'der' }),
  };
}

/** The public half of a queue key pair, as stored in the key file. */
export function publicKeyOf(privateKeyDer: Buffer): string {
  const privateKey = createPrivateKey({ key: privateKeyDer, format: 'der', type: 'pkcs8' });
  return createPublicKey(privateKey).export({ type: 'spki', format: 'der' }).toString('base64');
}

function queueKey(shared: Buffer, ephemeralPublic: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', shared, ephemeralPublic, 'touchpoint-queue-v1', 32));
}

/** Seals data to the queue's public key: only the holder of the private key can open it. */
export function sealToPublicKey(publicKeyDer: string, plain: Buffer): Buffer {
  const recipient = createPublicKey({ key: Buffer.from(publicKeyDer, 'base64'), format: 'der', type: 'spki' });
  const ephemeral = generateKeyPairSync('x25519');
  const ephemeralPublic = ephemeral.publicKey.export({ type: 'spki', format: 'der' });
  const key = queueKey(diffieHellman({ privateKey: ephemeral.privateKey, publicKey: recipient }), ephemeralPublic);
  const sealed = seal(key, plain);
  return Buffer.from(JSON.stringify({ v: 1, epk: ephemeralPublic.toString('base64'), ...sealed }), 'utf8');
}

export function openWithPrivateKey(privateKeyDer: Buffer, bytes: Buffer): Buffer {
  const box = JSON.parse(bytes.toString('utf8')) as Sealed & { v: number; epk: string };
  const ephemeralPublic = Buffer.from(box.epk, 'base64');
  const privateKey = createPrivateKey({ key: privateKeyDer, format: 'der', type: 'pkcs8' });
  const publicKey = createPublicKey({ key: ephemeralPublic, format: 'der', type: 'spki' });
  return open(queueKey(diffieHellman({ privateKey, publicKey }), ephemeralPublic), box);
}
