/**
 * Child process for the lock kill test: opens the data folder as the app does (unlocking with
 * the test passphrase if the lock is on), prints "ready", turns the lock on or off, prints
 * "done <ms>" and waits to be killed. The parent kills it at a random moment of the change.
 */
import { startHost } from '../../support/host';

const [folder, operation, passphrase] = process.argv.slice(2);
if (!folder || !passphrase || (operation !== 'on' && operation !== 'off')) throw new Error('usage: lock-worker <folder> on|off <passphrase>');
const { host } = await startHost(folder);
if (host.state().locked) await host.unlock(passphrase);
await host.services!.whenLoaded();
process.stdout.write('ready\n');
const started = performance.now();
await (operation === 'on' ? host.enable(passphrase) : host.disable(passphrase));
process.stdout.write(`done ${Math.round(performance.now() - started)}\n`);
setInterval(() => undefined, 60_000); // stay alive until killed, like the app
