import { z } from 'zod';
import { PassphraseSchema, VaultStateSchema } from '../domain/vault';
import { NoInput } from './common';
import { validationKey } from '../domain/validation';

/** Any passphrase may be tried for unlocking: the rules apply when one is chosen. */
const Attempt = z.string().min(1, validationKey('contract.passphraseEmpty')).max(1024);

/** The passphrase lock: encryption at rest, lock and unlock. */
export const vaultCommands = {
  'vault.state': { input: NoInput, output: VaultStateSchema },
  'vault.unlock': { input: z.object({ passphrase: Attempt }).strict(), output: VaultStateSchema },
  'vault.lock': { input: NoInput, output: VaultStateSchema },
  /** Turns the lock on: the log and its backups are encrypted with a key the passphrase protects. */
  'vault.enable': { input: z.object({ passphrase: PassphraseSchema, understood: z.literal(true, { error: validationKey('contract.vaultUnderstood') }) }).strict(), output: VaultStateSchema },
  'vault.change': { input: z.object({ current: Attempt, next: PassphraseSchema }).strict(), output: VaultStateSchema },
  /** Turns the lock off: everything is decrypted again. */
  'vault.disable': { input: z.object({ passphrase: Attempt }).strict(), output: VaultStateSchema },
} as const;

export const vaultEvents = {
  'vault.changed': VaultStateSchema,
} as const;
