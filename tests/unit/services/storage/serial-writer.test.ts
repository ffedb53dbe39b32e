import { describe, expect, it } from 'vitest';
import { SerialWriter } from '../../../../electron/services/storage/serial-writer';

const tick = () => new Promise((r) => setTimeout(r, 1));

describe('SerialWriter', () => {
  it('runs one write at a time and coalesces requests made meanwhile into one follow-up write', async () => {
    let value = 0;
    const written: number[] = [];
    let running = 0;
    let maxRunning = 0;
    const writer = new SerialWriter(async () => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      const snapshot = value;
      await tick();
      written.push(snapshot);
      running--;
    });
    const promises: Promise<void>[] = [];
    for (let i = 1; i <= 10; i++) {
      value = i;
      promises.push(writer.request());
    }
    await Promise.all(promises);
    expect(maxRunning).toBe(1);
    expect(written).toEqual([1, 10]);
  });

  it('settles each caller only after a write that includes its change', async () => {
    let value = 0;
    let persisted = -1;
    const writer = new SerialWriter(async () => {
      const snapshot = value;
      await tick();
      persisted = snapshot;
    });
    value = 1;
    const first = writer.request();
    value = 2;
    const second = writer.request();
    await first;
    expect(persisted).toBeGreaterThanOrEqual(1);
    await second;
    expect(persisted).toBe(2);
  });

  it('rejects the callers of a failed write and recovers for later requests', async () => {
    let fail = true;
    const writer = new SerialWriter(async () => {
      await tick();
      if (fail) throw new Error('disk full');
    });
    await expect(writer.request()).rejects.toThrow('disk full');
    fail = false;
    await expect(writer.request()).resolves.toBeUndefined();
    await writer.idle();
  });
});
