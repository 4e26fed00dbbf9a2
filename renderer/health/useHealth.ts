import { useCallback, useEffect, useState } from 'react';
import type { Health } from '../../src/api/app';
import { call, onDamaged } from '../api/client';

/** While the check after a crash runs, how often to ask whether it is over. */
const CHECKING_MS = 1000;

/**
 * The database's health as the host sees it: asked at start, again whenever a call is refused
 * because the file is damaged, and every second while the check after a crash runs.
 */
export function useHealth(): { health: Health | undefined; recheck: () => void } {
  const [health, setHealth] = useState<Health>();
  const [asked, setAsked] = useState(0);
  const recheck = useCallback(() => setAsked((n) => n + 1), []);

  useEffect(() => onDamaged(recheck), [recheck]);

  useEffect(() => {
    let current = true;
    call('app.health', {}).then(
      (answer) => current && setHealth(answer),
      // A host that does not answer shows its own errors on each page; the gate lets the app through.
      () => current && setHealth({ state: 'ok', message: null }),
    );
    return () => {
      current = false;
    };
  }, [asked]);

  useEffect(() => {
    if (health?.state !== 'checking') return;
    const timer = setTimeout(recheck, CHECKING_MS);
    return () => clearTimeout(timer);
  }, [health, recheck]);

  return { health, recheck };
}
