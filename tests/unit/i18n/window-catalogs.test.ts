import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import english from '../../../shared/i18n/en/index';
import { buildWindowGraph, root, type WindowGraph } from '../packaging/window-graph';

/**
 * Each window's page carries only the English namespaces its code uses (renderer/src/catalogs):
 * one missing would show raw keys, one extra is weight the window loads for nothing. "Used"
 * is read from every file the window can load (on demand too): `t('ns:…')`, `useTranslation`
 * and `ns` options, and `useTranslation()`'s default namespace. The main window loads some
 * only with the views that use them (the namespaces given to `view()` in routes.tsx).
 */
const NAMESPACES = Object.keys(english);
const WINDOWS = { popup: 'renderer/src/popup-main.tsx', main: 'renderer/src/main.tsx' } as const;

/** The main window's views (routes.tsx): each one's module, and the namespaces it loads with it. */
const ROUTES = readFileSync(join(root, 'renderer/src/routes.tsx'), 'utf8');
const VIEWS = [...ROUTES.matchAll(/= view\(\(\) => import\('\.\/([^']+)'\)[^\n]*?(?:, \[([^\]]*)\])?\);/g)].map((m) => ({
  module: `renderer/src/${m[1]!}.tsx`,
  namespaces: [...(m[2] ?? '').matchAll(/'(\w+)'/g)].map((n) => n[1]!).sort(),
}));
const LANDING = ['renderer/src/features/onboarding/FirstRun.tsx', 'renderer/src/features/today/TodayView.tsx'];

let graph: WindowGraph;
beforeAll(async () => {
  graph = await buildWindowGraph([...Object.values(WINDOWS), ...VIEWS.map((v) => v.module)]);
}, 60_000);

/** "settings-calendars.ts" → "settingsCalendars"; sub-files of a namespace (insights-main.ts) are no namespace of their own. */
function namespaceOfFile(file: string): string | null {
  const match = /shared\/i18n\/en\/([a-z-]+)\.ts$/.exec(file);
  const name = match?.[1]?.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  return name && NAMESPACES.includes(name) ? name : null;
}

function shipped(entry: string): string[] {
  return [...new Set(graph.loadedAtStart(entry).map(namespaceOfFile).filter((ns) => ns !== null))].sort();
}

/** The namespaces a source text names. */
function namespacesNamed(source: string): Set<string> {
  const named = new Set<string>();
  const known = NAMESPACES.join('|');
  for (const m of source.matchAll(new RegExp(`['"\`](${known}):`, 'g'))) named.add(m[1]!);
  for (const m of source.matchAll(/useTranslation\(\s*(\[[^\]]*\]|'[^']*')/g)) for (const ns of m[1]!.matchAll(/'(\w+)'/g)) named.add(ns[1]!);
  for (const m of source.matchAll(new RegExp(`\\bns(?:=\\{?|:\\s*)['"](${known})['"]`, 'g'))) named.add(m[1]!);
  if (/useTranslation\(\s*\)/.test(source)) named.add('common');
  return named;
}

function usedIn(files: string[]): string[] {
  const sources = files.filter((file) => /^(renderer|shared)\//.test(file) && !file.startsWith('shared/i18n/'));
  return [...new Set(sources.flatMap((file) => [...namespacesNamed(readFileSync(join(root, file), 'utf8'))]))].sort();
}
const used = (entry: string) => usedIn(graph.reachable(entry));

describe('each window carries the namespaces its code uses, and only those', () => {
  it('popup', () => {
    expect(shipped(WINDOWS.popup)).toEqual(used(WINDOWS.popup));
  });

  it('main: at start, and with each view, all it uses and nothing it does not', () => {
    const atStart = shipped(WINDOWS.main);
    expect(VIEWS.map((v) => v.module)).toEqual(expect.arrayContaining(LANDING));
    expect(VIEWS).toHaveLength(ROUTES.match(/view\(\(\) =>/g)?.length ?? 0); // none written in a shape the pattern misses
    expect(usedIn(graph.loadedAtStart(WINDOWS.main)).filter((ns) => !atStart.includes(ns))).toEqual([]);
    const views = VIEWS.map((view) => ({
      view: view.module,
      missing: used(view.module).filter((ns) => !atStart.includes(ns) && !view.namespaces.includes(ns)),
      unused: view.namespaces.filter((ns) => !used(view.module).includes(ns)),
      alsoAtStart: view.namespaces.filter((ns) => atStart.includes(ns)),
    }));
    expect(views).toEqual(VIEWS.map((view) => ({ view: view.module, missing: [], unused: [], alsoAtStart: [] })));
    // At start only what the shell and the landing view (the welcome, Today) use.
    const landing = usedIn([...graph.loadedAtStart(WINDOWS.main), ...LANDING.flatMap((module) => graph.reachable(module))]);
    expect(atStart.filter((ns) => !landing.includes(ns))).toEqual([]);
    // Between them, every namespace the window's code uses.
    expect([...new Set([...atStart, ...VIEWS.flatMap((v) => v.namespaces)])].sort()).toEqual(used(WINDOWS.main));
  });

  it('the popup carries a fraction of the catalog, and no window the main process’s own words', () => {
    expect(shipped(WINDOWS.popup).length).toBeLessThan(NAMESPACES.length / 2);
    for (const entry of Object.values(WINDOWS)) expect(shipped(entry)).not.toContain('desktop');
  });

  it('reads every way a namespace is named', () => {
    const source = `t('log:title'); t(\`validation:\${key}\`); useTranslation(['moment', 'checkIn']); useTranslation('shell'); useTranslation(); <Trans ns="science" />; ({ ns: 'review' });`;
    expect([...namespacesNamed(source)].sort()).toEqual(['checkIn', 'common', 'log', 'moment', 'review', 'science', 'shell', 'validation']);
  });
});
