import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReview, parseAllowList, reviewFindings, type Finding } from '../../tools/electronegativity-review';

const finding = (overrides: Partial<Finding> = {}): Finding => ({
  check: 'CONTEXT_ISOLATION_JS_CHECK',
  file: 'main/index.js',
  line: 10,
  column: 4,
  severity: 'HIGH',
  confidence: 'FIRM',
  description: 'Review the use of the contextIsolation option',
  sample: 'const win = new BrowserWindow({',
  ...overrides,
});

const REASON = 'webPreferences come from secureWebPreferences(), which sets contextIsolation: true.';
const files: Record<string, string> = { 'main/index.js': 'const p = { contextIsolation: true, sandbox: true };' };
const readFile = (file: string) => files[file] ?? null;

const list = (...findings: object[]) => parseAllowList({ findings });

describe('electronegativity allow-list review', () => {
  it('passes when every finding is justified', () => {
    const review = reviewFindings([finding()], list({ check: 'CONTEXT_ISOLATION_JS_CHECK', file: 'main/index.js', reason: REASON }), readFile);
    expect(review.passed).toBe(true);
    expect(review.allowed).toHaveLength(1);
    expect(formatReview(review)).toContain('✓ allowed CONTEXT_ISOLATION_JS_CHECK');
  });

  it('fails on a finding no entry justifies', () => {
    const unexpected = finding({ check: 'NODE_INTEGRATION_JS_CHECK', line: 99 });
    const review = reviewFindings([finding(), unexpected], list({ check: 'CONTEXT_ISOLATION_JS_CHECK', file: 'main/index.js', reason: REASON }), readFile);
    expect(review.passed).toBe(false);
    expect(review.unexpected).toEqual([unexpected]);
    expect(formatReview(review)).toContain('✗ NODE_INTEGRATION_JS_CHECK (HIGH, FIRM) at main/index.js:99:4');
  });

  it('does not let an entry for one file excuse the same check in another file', () => {
    const elsewhere = finding({ file: 'preload/index.cjs' });
    const review = reviewFindings([elsewhere], list({ check: 'CONTEXT_ISOLATION_JS_CHECK', file: 'main/index.js', reason: REASON }), readFile);
    expect(review.unexpected).toEqual([elsewhere]);
    expect(review.stale).toHaveLength(1);
  });

  it('fails on a stale entry (the finding is gone)', () => {
    const review = reviewFindings([], list({ check: 'CONTEXT_ISOLATION_JS_CHECK', file: 'main/index.js', reason: REASON }), readFile);
    expect(review.passed).toBe(false);
    expect(review.stale.map((s) => [s.entry.check, s.found])).toEqual([['CONTEXT_ISOLATION_JS_CHECK', 0]]);
    expect(formatReview(review)).toContain('Stale allow-list entry');
  });

  it('covers exactly `occurrences` findings: one more is new, one fewer is stale', () => {
    const entry = { check: 'CONTEXT_ISOLATION_JS_CHECK', file: 'main/index.js', occurrences: 2, reason: REASON };
    expect(reviewFindings([finding({ line: 1 }), finding({ line: 2 })], list(entry), readFile).passed).toBe(true);

    const third = finding({ line: 3 });
    const tooMany = reviewFindings([finding({ line: 1 }), finding({ line: 2 }), third], list(entry), readFile);
    expect(tooMany.unexpected).toEqual([third]);

    const tooFew = reviewFindings([finding({ line: 1 })], list(entry), readFile);
    expect(tooFew.stale.map((s) => [s.entry.occurrences, s.found])).toEqual([[2, 1]]);
  });

  it('matches only the pinned sample when one is given', () => {
    const csp = { check: 'CSP_GLOBAL_CHECK', file: 'renderer/index.html', sample: "script-src 'self'", reason: REASON };
    const changed = finding({ check: 'CSP_GLOBAL_CHECK', file: 'renderer/index.html', sample: "script-src 'self' 'unsafe-inline'" });
    const review = reviewFindings([changed], list(csp), readFile);
    expect(review.unexpected).toEqual([changed]);
    expect(review.stale).toHaveLength(1);
  });

  it('fails when the evidence the reason relies on is gone from the file', () => {
    const entry = { check: 'CONTEXT_ISOLATION_JS_CHECK', file: 'main/index.js', evidence: ['contextIsolation: true', 'webviewTag: false'], reason: REASON };
    const review = reviewFindings([finding()], list(entry), readFile);
    expect(review.passed).toBe(false);
    expect(review.unproven.map((u) => [u.entry.file, u.missing])).toEqual([['main/index.js', ['webviewTag: false']]]);
    expect(formatReview(review)).toContain('no longer holds: "webviewTag: false"');
  });

  it('rejects entries without a real reason, with a readable message', () => {
    expect(() => list({ check: 'SANDBOX_JS_CHECK', file: 'main/index.js', reason: 'ok' })).toThrow(/findings\.0\.reason: explain why/);
    expect(() => list({ check: 'SANDBOX_JS_CHECK', file: 'main/index.js' })).toThrow(/findings\.0\.reason/);
    expect(() => list({ check: 'SANDBOX_JS_CHECK', file: 'main/index.js', reason: REASON, because: 'typo' })).toThrow(/because|unrecognized/i);
  });

  it("the project's allow-list is valid", () => {
    const json: unknown = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'security', 'electronegativity-allowlist.json'), 'utf8'));
    const parsed = parseAllowList(json);
    expect(parsed.findings.length).toBeGreaterThan(0);
  });
});
