import { useEffect, useState } from 'react';
import type { SyncStatus } from '../../src/api/sync';
import { call } from '../api/client';
import { useDataVersion } from '../api/data';

/** How often the status is read again: rounds run in the background, not through this window. */
const REFRESH_MS = 10_000;

/** The sync's status, read after every change made here and every few seconds. */
export function useSyncStatus(): SyncStatus | undefined {
  const version = useDataVersion((s) => s.version);
  const [status, setStatus] = useState<SyncStatus>();
  useEffect(() => {
    let current = true;
    const read = () =>
      call('sync.status', {}).then(
        (next) => current && setStatus(next),
        () => undefined,
      );
    void read();
    const timer = setInterval(() => void read(), REFRESH_MS);
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, [version]);
  return status;
}
