/**
 * Child process for the crash test: appends moments as fast as it can and prints
 * "ack <id>" only after the store has acknowledged each one (the same promise the app
 * awaits before telling the user "saved"). The parent kills it at a random moment.
 */
import type { Moment } from '../../../shared/domain/moment';
import { systemClock } from '../../../electron/services/clock';
import { openStore } from '../../support/open-store';
import { makeMoment } from '../../support/moments';

const [directory, seedArg] = process.argv.slice(2);
if (!directory) throw new Error('usage: crash-writer <dir> <seed>');
let seed = Number(seedArg ?? 1);
const random = () => {
  // Small deterministic PRNG so a failing run can be replayed from its seed.
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};

const store = await openStore(directory, systemClock);
const moments = store.collection<Moment>('moments');
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  const month = String(1 + Math.floor(random() * 3)).padStart(2, '0');
  const at = `2026-${month}-1${Math.floor(random() * 9)}T10:00:00.000Z`;
  const id = `${process.pid}-${i}`;
  await moments.insert(makeMoment({ id, valence: random() < 0.5 ? 'helped' : 'harmed', note: 'n'.repeat(Math.floor(random() * 3000)), createdAt: at }));
  process.stdout.write(`ack ${id}\n`);
}
