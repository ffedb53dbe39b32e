import { z } from 'zod';
import { validationKey } from './validation';

/** The passphrase lock as the UI sees it. */
export const VaultStateSchema = z.object({
  /** A passphrase protects the log (it is encrypted on disk). */
  enabled: z.boolean(),
  /** The log is closed: a passphrase is needed to read it. */
  locked: z.boolean(),
  /** Moments logged from the popup while locked, waiting to join the log. */
  queued: z.number().int(),
  /** A long operation in progress (turning the lock on or off re-writes every file). */
  busy: z.enum(['enabling', 'disabling', 'unlocking']).nullable(),
});
export type VaultState = z.infer<typeof VaultStateSchema>;

export const PASSPHRASE_MIN = 8;
export const PassphraseSchema = z
  .string()
  .min(PASSPHRASE_MIN, validationKey('vault.passphraseTooShort', { min: PASSPHRASE_MIN }))
  .max(1024, validationKey('vault.passphraseTooLong'));
