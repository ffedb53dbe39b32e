import { z } from 'zod';
import { CheckInSchema } from './checkin';
import { FollowUpSchema } from './followup';
import { MomentSchema } from './moment';
import { NoteSchema } from './note';
import { ReviewSchema } from './review';

export const ExportFormatSchema = z.enum(['json', 'csv', 'markdown']);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

/** The kinds of record an export carries, in the order they are imported. */
export const TRANSFER_KINDS = ['moments', 'checkIns', 'followUps', 'reviews', 'notes'] as const;
export type TransferKind = (typeof TRANSFER_KINDS)[number];

export const TransferCountsSchema = z.object(Object.fromEntries(TRANSFER_KINDS.map((k) => [k, z.number().int()])) as Record<TransferKind, z.ZodNumber>);
export type TransferCounts = z.infer<typeof TransferCountsSchema>;

/**
 * A full JSON export: everything in the reflection log, to restore or move to another
 * machine. Records are read loosely here and validated one by one on import, so one bad
 * record is reported instead of refusing the whole file.
 */
export const ExportFileSchema = z.object({
  format: z.literal('touchpoint-export'),
  version: z.literal(1),
  exportedAt: z.string(),
  data: z.object(Object.fromEntries(TRANSFER_KINDS.map((k) => [k, z.array(z.unknown()).default([])])) as Record<TransferKind, z.ZodDefault<z.ZodArray<z.ZodUnknown>>>),
});
export type ExportFile = { format: 'touchpoint-export'; version: 1; exportedAt: string; data: Record<TransferKind, unknown[]> };

export const RECORD_SCHEMAS = {
  moments: MomentSchema,
  checkIns: CheckInSchema,
  followUps: FollowUpSchema,
  reviews: ReviewSchema,
  notes: NoteSchema,
} as const;

export const ExportResultSchema = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  content: z.string(),
  counts: TransferCountsSchema,
});

export const ImportReportSchema = z.object({
  /** New records added. */
  added: TransferCountsSchema,
  /** Already here, identical: nothing to do. */
  unchanged: TransferCountsSchema,
  /** Same id, different content: the version already here was kept. */
  conflicts: TransferCountsSchema,
  /** Records that failed validation, with where and why (first 50). */
  invalid: z.array(z.object({ kind: z.string(), index: z.number().int(), reason: z.string() })),
  invalidCount: z.number().int(),
  /** Fields Touchpoint does not know and did not keep ("moments.mood"), first 20. */
  unknownFields: z.array(z.string()),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;

export const TransferProgressSchema = z.object({ operation: z.enum(['export', 'import']), done: z.number().int(), total: z.number().int() });
