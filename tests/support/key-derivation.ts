import type { KeyDerivationCost } from '../../electron/services/vault/crypto';

/**
 * scrypt at a cost that takes about a millisecond: tests of the lock must not depend on the
 * machine's speed or load (the app itself keeps SCRYPT, N = 2^17). The key file records the
 * cost, so unlocking uses the same one.
 */
export const TEST_KEY_DERIVATION: KeyDerivationCost = { N: 2 ** 10, r: 8, p: 1 };
