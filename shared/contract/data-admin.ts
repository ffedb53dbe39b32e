import { z } from 'zod';
import { IsoInstantSchema } from '../domain/moment';
import { TransferCountsSchema } from '../domain/transfer';
import { NoInput } from './common';
import { validationKey } from '../domain/validation';

/** Why a backup was made (the storage layer's reasons; shared cannot import it). */
export const BackupReasonSchema = z.enum(['daily', 'pre-migration', 'manual', 'pre-restore']);

/** A backup as Settings → Your data lists it. */
export const BackupSummarySchema = z.object({
  name: z.string(),
  createdAt: IsoInstantSchema,
  reason: BackupReasonSchema,
  /** Why it was made, in words. */
  reasonText: z.string(),
  bytes: z.number().int().nonnegative(),
  /** Data files in it (one per kind of entry and month). */
  files: z.number().int().nonnegative(),
  /** The months it has entries for ("2026-11"); null when it holds no entries. */
  months: z.object({ from: z.string(), to: z.string() }).nullable(),
  schemaVersion: z.number().int(),
  /** False when it was made by a newer version of Touchpoint than this one. */
  restorable: z.boolean(),
  /** Kept until you delete your data (all but daily backups, which rotate). */
  kept: z.boolean(),
});
export type BackupSummary = z.infer<typeof BackupSummarySchema>;

/** What a backup holds, read and checked in full before a restore is offered. */
export const BackupCheckSchema = z.object({
  /** Null when it can be restored; else why not, in plain words. */
  problem: z.string().nullable(),
  entries: TransferCountsSchema.nullable(),
});

export const RestoreResultSchema = z.object({
  restored: BackupSummarySchema,
  /** The copy of what was there before: restoring it undoes the restore. */
  safetyBackup: BackupSummarySchema,
  entries: TransferCountsSchema,
});
export type RestoreResult = z.infer<typeof RestoreResultSchema>;

const BackupName = z
  .string()
  .min(1, validationKey('contract.backupEmpty'))
  .max(200, validationKey('contract.backupName'))
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, validationKey('contract.backupName'));

/** The word the user types to confirm "Delete all my data". */
export const DELETE_ALL_WORD = 'DELETE';

/** Backups (list, make, check, restore) and deleting everything Touchpoint keeps. */
export const dataAdminCommands = {
  'data.backups': { input: NoInput, output: z.array(BackupSummarySchema) },
  'data.backupNow': { input: NoInput, output: BackupSummarySchema },
  'data.checkBackup': { input: z.object({ name: BackupName }).strict(), output: BackupCheckSchema },
  /** Backs up the current data first, then replaces it with the backup's. */
  'data.restore': { input: z.object({ name: BackupName }).strict(), output: RestoreResultSchema },
  'data.deleteAll': {
    input: z.object({ confirm: z.literal(DELETE_ALL_WORD, { error: validationKey('contract.deleteAllConfirm', { word: DELETE_ALL_WORD }) }) }).strict(),
    /** What was removed, relative to the user-data folder. */
    output: z.object({ removed: z.array(z.string()) }),
  },
} as const;

export const dataAdminEvents = {
  /** The data was swapped under the windows: views reload what they show; after a delete, windows start over. */
  'data.replaced': z.object({ change: z.enum(['restored', 'deleted']), at: IsoInstantSchema }),
} as const;
