import { z } from 'zod';
import { ExportFormatSchema, ExportResultSchema, ImportReportSchema, TransferProgressSchema } from '../domain/transfer';
import { validationKey } from '../domain/validation';

/** Largest export file the import accepts (years of heavy use are ~40 MB). */
export const MAX_IMPORT_CHARS = 200 * 1024 * 1024;

/** Export the reflection log (Markdown, CSV, JSON) and import a JSON export. */
export const transferCommands = {
  'data.export': { input: z.object({ format: ExportFormatSchema }).strict(), output: ExportResultSchema },
  'data.import': {
    input: z.object({ text: z.string().max(MAX_IMPORT_CHARS, validationKey('contract.exportTooBig')) }).strict(),
    output: ImportReportSchema,
  },
} as const;

export const transferEvents = {
  /** Progress of a long export or import, for a progress bar. */
  'transfer.progress': TransferProgressSchema,
} as const;
