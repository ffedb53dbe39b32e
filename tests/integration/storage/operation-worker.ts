/**
 * Child process for the process-kill test: opens the data folder as the app does, prints
 * "ready", runs one operation (see kill-operations.ts), prints "done <ms>" and waits to be
 * killed. The parent SIGKILLs it at a random moment. For migration and history load, opening
 * the data is the operation, so "ready" comes first.
 */
import { KILL_OPERATIONS, openAsTheAppDoes } from './kill-operations';

const [folder, name] = process.argv.slice(2);
const operation = KILL_OPERATIONS.find((o) => o.name === name);
if (!folder || !operation) throw new Error('usage: operation-worker <folder> <operation name>');
if (operation.opensTheData) process.stdout.write('ready\n');
const started = performance.now();
const { host, clock } = await openAsTheAppDoes(folder);
if (!operation.opensTheData) process.stdout.write('ready\n');
const began = operation.opensTheData ? started : performance.now();
await operation.run(host, clock, folder);
process.stdout.write(`done ${Math.max(1, Math.round(performance.now() - began))}\n`);
setInterval(() => undefined, 60_000); // stay alive until killed, like the app
