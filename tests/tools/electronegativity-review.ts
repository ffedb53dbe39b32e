/**
 * Compares electronegativity's findings with the reviewed allow-list
 * (tests/security/electronegativity-allowlist.json). Pure: the scan and the file reads are
 * passed in, so the rules are unit-tested (tests/unit/security).
 *
 * The rules keep the list honest:
 * - a finding no entry covers fails the run;
 * - an entry covers exactly `occurrences` findings of its check in its file (and, with
 *   `sample`, only findings on exactly that source text): one more is a new finding, one
 *   fewer makes the entry stale, and both fail;
 * - every `evidence` text (the safeguard the reason relies on) must still be in the file,
 *   or the justification no longer holds and the run fails.
 */
import { z } from 'zod';

export interface Finding {
  check: string;
  /** Relative to the scanned folder, e.g. main/index.js. */
  file: string;
  line: number;
  column: number;
  severity: string;
  confidence: string;
  description: string;
  /** The flagged source text, when electronegativity reports it. */
  sample?: string;
}

const EntrySchema = z.strictObject({
  check: z.string().regex(/^[A-Z0-9_]+$/, 'a check id such as CONTEXT_ISOLATION_JS_CHECK'),
  file: z.string().min(1),
  occurrences: z.number().int().positive().default(1),
  sample: z.string().min(1).optional(),
  evidence: z.array(z.string().min(1)).default([]),
  reason: z.string().trim().min(40, 'explain why this finding is safe (at least 40 characters)'),
});

const SkippedCheckSchema = z.strictObject({
  /** The check's class name, as electronegativity's --exclude-checks takes it. */
  check: z.string().regex(/^[A-Za-z]+Check$/, "a check class name such as 'AvailableSecurityFixesGlobalCheck'"),
  reason: z.string().trim().min(40, 'explain why this check cannot run (at least 40 characters)'),
});

const AllowListSchema = z.strictObject({
  $comment: z.string().optional(),
  skippedChecks: z.array(SkippedCheckSchema).default([]),
  findings: z.array(EntrySchema),
});

export type AllowListEntry = z.output<typeof EntrySchema>;
export type AllowList = z.output<typeof AllowListSchema>;

/** Parses the allow-list file's JSON, with an error naming each bad field. */
export function parseAllowList(json: unknown): AllowList {
  const result = AllowListSchema.safeParse(json);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new Error(`Invalid electronegativity allow-list:\n${problems.join('\n')}`);
}

export interface Review {
  allowed: { entry: AllowListEntry; findings: Finding[] }[];
  /** Findings no entry justifies (including those beyond an entry's occurrences). */
  unexpected: Finding[];
  /** Entries that match fewer findings than they claim. */
  stale: { entry: AllowListEntry; found: number }[];
  /** Entries whose safeguard text is gone from the file. */
  unproven: { entry: AllowListEntry; missing: string[] }[];
  passed: boolean;
}

const covers = (entry: AllowListEntry, finding: Finding) =>
  entry.check === finding.check && entry.file === finding.file && (entry.sample === undefined || entry.sample === finding.sample);

/** `readFile` returns a scanned file's text by its relative name, or null when it is missing. */
export function reviewFindings(findings: readonly Finding[], allowList: AllowList, readFile: (file: string) => string | null): Review {
  const unmatched = [...findings];
  const allowed: Review['allowed'] = [];
  const stale: Review['stale'] = [];
  const unproven: Review['unproven'] = [];

  for (const entry of allowList.findings) {
    const taken: Finding[] = [];
    for (let i = 0; i < unmatched.length && taken.length < entry.occurrences; ) {
      const finding = unmatched[i]!;
      if (covers(entry, finding)) {
        taken.push(finding);
        unmatched.splice(i, 1);
      } else i++;
    }
    if (taken.length < entry.occurrences) stale.push({ entry, found: taken.length });
    if (taken.length > 0) allowed.push({ entry, findings: taken });

    const text = readFile(entry.file);
    const missing = entry.evidence.filter((needle) => text === null || !text.includes(needle));
    if (missing.length > 0) unproven.push({ entry, missing });
  }

  return { allowed, unexpected: unmatched, stale, unproven, passed: unmatched.length === 0 && stale.length === 0 && unproven.length === 0 };
}

/** A readable report: what failed and what to do, then what was allowed and why. */
export function formatReview(review: Review): string {
  const lines: string[] = [];
  for (const f of review.unexpected) {
    lines.push(`✗ ${f.check} (${f.severity}, ${f.confidence}) at ${f.file}:${f.line}:${f.column}: ${f.description}`);
    if (f.sample) lines.push(`    ${f.sample.trim()}`);
  }
  if (review.unexpected.length > 0) {
    lines.push('  Fix the code, or, if it is safe, add a reviewed entry with its reason to tests/security/electronegativity-allowlist.json.');
  }
  for (const { entry, found } of review.stale) {
    lines.push(`✗ Stale allow-list entry: ${entry.check} in ${entry.file} expects ${entry.occurrences} finding(s), found ${found}. Remove it or lower "occurrences".`);
  }
  for (const { entry, missing } of review.unproven) {
    lines.push(`✗ The reason for ${entry.check} in ${entry.file} no longer holds: ${missing.map((m) => JSON.stringify(m)).join(', ')} is gone from the file. Re-review the finding.`);
  }
  for (const { entry, findings } of review.allowed) {
    lines.push(`✓ allowed ${entry.check} in ${entry.file} (${findings.length}x): ${entry.reason}`);
  }
  return lines.join('\n');
}
