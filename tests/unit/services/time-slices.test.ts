import { describe, expect, it } from 'vitest';
import { nextTurn } from '../../../electron/services/time-slices';

describe('nextTurn', () => {
  it('resumes one waiter per turn of the event loop, first come first served', async () => {
    const order: string[] = [];
    const waiters = ['reading', 'taking in', 'indexing'].map((name) => nextTurn().then(() => order.push(name)));
    // Queued after the three: with a setImmediate each, all three would run before it, back to back.
    setImmediate(() => order.push('other work'));
    await Promise.all(waiters);
    expect(order).toEqual(['reading', 'other work', 'taking in', 'indexing']);
  });

  it('lets a loop that yields every item share the loop with another, item for item', async () => {
    const order: string[] = [];
    const loop = async (name: string) => {
      for (let item = 1; item <= 3; item++) {
        await nextTurn();
        order.push(`${name}${item}`);
      }
    };
    await Promise.all([loop('a'), loop('b')]);
    expect(order).toEqual(['a1', 'b1', 'a2', 'b2', 'a3', 'b3']);
  });
});
