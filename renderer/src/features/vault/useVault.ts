import { useEffect, useState } from 'react';
import type { VaultState } from '../../../../shared/domain/vault';
import { call, subscribe } from '../../api';

/** The passphrase lock's state, kept current (it changes when the log locks on its own). */
export function useVault(): VaultState | null {
  const [state, setState] = useState<VaultState | null>(null);
  useEffect(() => {
    let active = true;
    call('vault.state').then(
      (s) => active && setState(s),
      () => undefined,
    );
    const off = subscribe('vault.changed', setState);
    return () => {
      active = false;
      off();
    };
  }, []);
  return state;
}
