/**
 * `npm run lint:electron`: runs electronegativity over the built app (out/: the main and
 * preload bundles and the renderer, i.e. everything of ours that ships) and fails on any
 * finding that tests/security/electronegativity-allowlist.json does not justify, on a stale
 * entry, or on a file electronegativity could not parse (it would go unchecked).
 *
 * electronegativity's CLI exits 0 even with HIGH findings, so its programmatic runner is used
 * and the findings are judged here (rules: electronegativity-review.ts). It is a lint, not a
 * proof: it cannot follow webPreferences built by a function, and it misses some cases.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { formatReview, parseAllowList, reviewFindings, type Finding } from './electronegativity-review';

const root = join(import.meta.dirname, '..', '..');
// The built app; another folder can be given to check a build made elsewhere.
const scanned = resolve(process.argv[2] ?? join(root, 'out'));
const allowListPath = join(root, 'tests', 'security', 'electronegativity-allowlist.json');

interface RawIssue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string };
  confidence: { name: string };
  description: string;
  sample?: string;
}

type Runner = (options: {
  input: string;
  electronVersionOverride: string;
  isRelative: boolean;
  excludeFromScan: string[];
}) => Promise<{ globalChecks: number; atomicChecks: number; errors: { file: string; message: string; tolerable: boolean }[]; issues: RawIssue[] }>;

for (const built of ['main/index.js', 'preload/index.cjs', 'renderer/index.html']) {
  if (!existsSync(join(scanned, built))) {
    console.error(`lint:electron: ${join(scanned, built)} is missing. Build the app first: npm run build`);
    process.exit(1);
  }
}

const require = createRequire(import.meta.url);
// CommonJS: the module is the run function itself.
const runElectronegativity = require('@doyensec/electronegativity/dist/runner.js') as Runner;
const electronVersion = (require('electron/package.json') as { version: string }).version;
const allowList = parseAllowList(JSON.parse(readFileSync(allowListPath, 'utf8')));

const started = Date.now();
const result = await runElectronegativity({
  input: scanned,
  // Judge the Electron we ship, not a version guessed from the folder.
  electronVersionOverride: electronVersion,
  isRelative: true,
  // electronegativity matches these names in lower case.
  excludeFromScan: allowList.skippedChecks.map((c) => c.check.toLowerCase()),
});

const findings: Finding[] = result.issues.map((issue) => ({
  check: issue.id,
  file: issue.file,
  line: issue.location.line,
  column: issue.location.column,
  severity: issue.severity.name,
  confidence: issue.confidence.name,
  description: issue.description,
  ...(issue.sample === undefined ? {} : { sample: issue.sample }),
}));
const review = reviewFindings(findings, allowList, (file) => {
  const path = join(scanned, file);
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
});

console.log(
  `electronegativity (Electron ${electronVersion}): ${result.atomicChecks} atomic + ${result.globalChecks} global checks over ${scanned} ` +
    `in ${((Date.now() - started) / 1000).toFixed(1)} s; ${findings.length} finding(s).`,
);
for (const skipped of allowList.skippedChecks) console.log(`- skipped ${skipped.check}: ${skipped.reason}`);
const report = formatReview(review);
if (report) console.log(report);

const unparsed = result.errors.filter((e) => !e.tolerable);
for (const error of result.errors) {
  console.log(`${error.tolerable ? 'warning' : '✗'} ${error.file}: ${error.message}${error.tolerable ? '' : ' (this file was not checked)'}`);
}

if (!review.passed || unparsed.length > 0) {
  console.error('lint:electron failed.');
  process.exit(1);
}
console.log('lint:electron passed: every finding is justified in tests/security/electronegativity-allowlist.json.');
