import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const electronPackage = join(import.meta.dirname, '..', '..', '..', 'node_modules', 'electron');

/**
 * Whether the Electron binary is installed. Checked by files, not by requiring 'electron'
 * (which would try to download it).
 */
export function electronBinaryInstalled(): boolean {
  try {
    const relative = readFileSync(join(electronPackage, 'path.txt'), 'utf8').trim();
    return existsSync(join(electronPackage, 'dist', relative));
  } catch {
    return false;
  }
}

export const ELECTRON_MISSING_REASON = 'Electron binary not installed (its download host is unreachable on this machine)';

/** Where the binary must be there (the 3-OS workflow), a missing binary fails instead of skipping. */
export function skipWithoutElectron(): boolean {
  return !electronBinaryInstalled() && process.env.TOUCHPOINT_REQUIRE_ELECTRON !== '1';
}
