import { useEffect, useState } from 'react';
import type { CommandOutput } from '../../../shared/contract/index';
import { call } from '../api';

/** Version, data folder, zone and platform facts (available also while the log is locked). */
export function useAppInfo(): CommandOutput<'app.info'> | null {
  const [info, setInfo] = useState<CommandOutput<'app.info'> | null>(null);
  useEffect(() => {
    call('app.info').then(setInfo, () => undefined);
  }, []);
  return info;
}
