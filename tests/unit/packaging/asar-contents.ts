/**
 * What may be inside the packaged app.asar, as a pure check over its file list, so the rules
 * are unit-tested with bad examples (asar-contents.test.ts) and applied to a real unpacked
 * build (tests/integration/packaging).
 */

/** A package found in the asar's node_modules, from its own package.json. */
export interface PackagedModule {
  /** e.g. node_modules/ajv or node_modules/conf/node_modules/type-fest */
  path: string;
  name: string;
  version: string;
}

/** An entry of package-lock.json's "packages". */
export interface LockPackage {
  version?: string;
  dev?: boolean;
}

/** The main window's page and the popup's own page (it loads only what the popup shows). */
export const REQUIRED_FILES = ['package.json', 'out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'out/renderer/popup.html'];

const ALLOWED_ROOTS = ['out/main/', 'out/preload/', 'out/renderer/', 'node_modules/'];

const FORBIDDEN: { pattern: RegExp; what: string }[] = [
  { pattern: /\.map$/, what: 'a source map' },
  { pattern: /\.(ts|mts|cts|tsx)$/, what: 'TypeScript (sources or declarations)' },
  { pattern: /\.tsbuildinfo$/, what: 'a TypeScript build cache' },
  // Documentation; a dependency's LICENSE.md is its licence and must ship.
  { pattern: /(^|\/)(?!licen[cs]e\.md$)[^/]*\.md$/i, what: 'Markdown documentation' },
  { pattern: /(^|\/)(test|tests|__tests__|spec|specs|e2e)\//, what: 'a test folder' },
  { pattern: /(^|\/)(fixtures|__fixtures__|__mocks__)\//, what: 'test fixtures' },
  { pattern: /(^|\/)(benchmark|benchmarks|bench)\//, what: 'benchmarks' },
  { pattern: /(^|\/)\.env(\.|$)/, what: 'an environment file' },
];

/** Dev-only tools that must never ship, whatever the lockfile says. */
export const NEVER_PACKAGED = [
  'electron',
  'electron-builder',
  'electron-vite',
  'vite',
  'vitest',
  'typescript',
  'eslint',
  'react',
  'react-dom',
  'recharts',
  'playwright',
  'playwright-core',
  '@playwright/test',
  'tsx',
  'fast-check',
  '@doyensec/electronegativity',
];

/** The package name a lockfile key stands for: node_modules/a/node_modules/@s/b -> @s/b. */
const lockName = (key: string) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);

/**
 * Everything wrong with a packaged app: files outside the build output, forbidden kinds of
 * files anywhere, dev-only or unknown packages, missing production dependencies or entry points.
 * `files` are the asar's files (no folders), relative, with / separators.
 */
export function packagingProblems(input: {
  files: readonly string[];
  modules: readonly PackagedModule[];
  lockPackages: Readonly<Record<string, LockPackage>>;
  /** package.json "dependencies" names. */
  dependencies: readonly string[];
}): string[] {
  const problems: string[] = [];
  const files = new Set(input.files);
  for (const required of REQUIRED_FILES) if (!files.has(required)) problems.push(`${required} is missing`);

  for (const file of input.files) {
    if (file !== 'package.json' && !ALLOWED_ROOTS.some((root) => file.startsWith(root))) problems.push(`${file}: not part of the built app`);
    for (const { pattern, what } of FORBIDDEN) if (pattern.test(file)) problems.push(`${file}: ${what}`);
  }

  for (const module of input.modules) {
    const id = `${module.name}@${module.version}`;
    if (NEVER_PACKAGED.includes(module.name)) {
      problems.push(`${module.path} (${id}): a development tool`);
      continue;
    }
    const locked = Object.entries(input.lockPackages).filter(([key, entry]) => key !== '' && lockName(key) === module.name && entry.version === module.version);
    if (locked.length === 0) problems.push(`${module.path} (${id}): not in package-lock.json`);
    else if (locked.every(([, entry]) => entry.dev === true)) problems.push(`${module.path} (${id}): a devDependency`);
  }

  for (const name of input.dependencies) {
    if (!input.modules.some((m) => m.path === `node_modules/${name}`)) problems.push(`node_modules/${name}: production dependency missing`);
  }
  return problems;
}
