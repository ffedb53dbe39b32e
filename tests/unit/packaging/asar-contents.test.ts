import { describe, expect, it } from 'vitest';
import { packagingProblems, REQUIRED_FILES, type LockPackage, type PackagedModule } from './asar-contents';

const lockPackages: Record<string, LockPackage> = {
  '': { version: '0.1.0' },
  'node_modules/zod': { version: '4.6.7' },
  'node_modules/ajv': { version: '8.20.0' },
  'node_modules/conf/node_modules/type-fest': { version: '5.10.0' },
  'node_modules/type-fest': { version: '4.0.0', dev: true },
  'node_modules/react': { version: '19.3.1', dev: true },
  'node_modules/left-pad': { version: '1.3.0', dev: true },
};
const good: PackagedModule[] = [
  { path: 'node_modules/zod', name: 'zod', version: '4.6.7' },
  { path: 'node_modules/ajv', name: 'ajv', version: '8.20.0' },
  { path: 'node_modules/conf/node_modules/type-fest', name: 'type-fest', version: '5.10.0' },
];
const goodFiles = [...REQUIRED_FILES, 'out/main/chunks/tray.png', 'out/renderer/assets/index-abc.js', 'node_modules/zod/index.js', 'node_modules/date-fns/LICENSE.md'];

const check = (extra: { files?: string[]; modules?: PackagedModule[]; dependencies?: string[] } = {}) =>
  packagingProblems({
    files: [...goodFiles, ...(extra.files ?? [])],
    modules: [...good, ...(extra.modules ?? [])],
    lockPackages,
    dependencies: extra.dependencies ?? ['zod'],
  });

describe('what may be packaged', () => {
  it('accepts the built app with its production dependencies and their licences', () => {
    expect(check()).toEqual([]);
  });

  it.each([
    ['out/main/index.js.map', 'a source map'],
    ['node_modules/zod/index.cjs.map', 'a source map'],
    ['out/main/windows.ts', 'TypeScript'],
    ['node_modules/zod/index.d.ts', 'TypeScript'],
    ['out/renderer/README.md', 'Markdown'],
    ['node_modules/zod/CHANGELOG.md', 'Markdown'],
    ['node_modules/json-schema-traverse/spec/index.spec.js', 'a test folder'],
    ['out/tests/unit/x.test.js', 'a test folder'],
    ['node_modules/x/fixtures/schema.js', 'test fixtures'],
    ['node_modules/fast-uri/benchmark/run.mjs', 'benchmarks'],
    ['out/.env', 'an environment file'],
    ['tsconfig.json', 'not part of the built app'],
    ['electron/main/index.ts', 'not part of the built app'],
    ['shared/security.js', 'not part of the built app'],
  ])('rejects %s (%s)', (file, what) => {
    expect(check({ files: [file] }).join('\n')).toContain(`${file}: ${what}`);
  });

  it('rejects devDependencies and development tools', () => {
    expect(check({ modules: [{ path: 'node_modules/left-pad', name: 'left-pad', version: '1.3.0' }] })).toEqual([
      'node_modules/left-pad (left-pad@1.3.0): a devDependency',
    ]);
    expect(check({ modules: [{ path: 'node_modules/react', name: 'react', version: '19.3.1' }] })).toEqual(['node_modules/react (react@19.3.1): a development tool']);
    // The same name at a version only the dev tree uses.
    expect(check({ modules: [{ path: 'node_modules/type-fest', name: 'type-fest', version: '4.0.0' }] })).toEqual([
      'node_modules/type-fest (type-fest@4.0.0): a devDependency',
    ]);
    expect(check({ modules: [{ path: 'node_modules/mystery', name: 'mystery', version: '1.0.0' }] })).toEqual([
      'node_modules/mystery (mystery@1.0.0): not in package-lock.json',
    ]);
  });

  it('requires every production dependency and the entry points', () => {
    expect(check({ dependencies: ['zod', 'lowdb'] })).toEqual(['node_modules/lowdb: production dependency missing']);
    const problems = packagingProblems({ files: ['package.json'], modules: [], lockPackages, dependencies: [] });
    expect(problems).toEqual(['out/main/index.js is missing', 'out/preload/index.cjs is missing', 'out/renderer/index.html is missing', 'out/renderer/popup.html is missing']);
  });
});
