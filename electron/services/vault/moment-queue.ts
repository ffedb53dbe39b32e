import { randomBytes } from 'node:crypto';
import { readdir, readFile, rm } from '../storage/fs';
import { join } from 'node:path';
import { MomentSchema, type Moment } from '../../../shared/domain/moment';
import { isNodeError, writeFileDurably } from '../storage/durable-file';
import { openWithPrivateKey, sealToPublicKey } from './crypto';

/**
 * Moments logged from the popup while the log is locked. Each is sealed to the vault's
 * public key, so it is written encrypted without asking for the passphrase, and only an
 * unlocked log can read it. On unlock they join the log and the files are removed.
 */
export class MomentQueue {
  constructor(private readonly folder: string) {}

  async add(publicKey: string, moment: Moment): Promise<void> {
    const name = `${moment.createdAt.replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.tpq`;
    await writeFileDurably(join(this.folder, name), sealToPublicKey(publicKey, Buffer.from(JSON.stringify(moment), 'utf8')));
  }

  async count(): Promise<number> {
    return (await this.files()).length;
  }

  /**
   * Hands every queued moment to `accept` (oldest first) and removes its file once accepted.
   * A file that cannot be opened is kept and counted, never deleted.
   */
  async drain(privateKey: Buffer, accept: (moment: Moment) => Promise<void>): Promise<{ added: number; unreadable: number }> {
    let added = 0;
    let unreadable = 0;
    for (const name of await this.files()) {
      const path = join(this.folder, name);
      let moment: Moment;
      try {
        moment = MomentSchema.parse(JSON.parse(openWithPrivateKey(privateKey, await readFile(path)).toString('utf8')));
      } catch {
        unreadable++;
        continue;
      }
      await accept(moment);
      await rm(path, { force: true });
      added++;
    }
    return { added, unreadable };
  }

  private async files(): Promise<string[]> {
    try {
      return (await readdir(this.folder)).filter((n) => n.endsWith('.tpq')).sort();
    } catch (error) {
      if (isNodeError(error, 'ENOENT')) return [];
      throw error;
    }
  }
}
