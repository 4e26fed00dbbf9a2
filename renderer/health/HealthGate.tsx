import type { ReactNode } from 'react';
import { useDataVersion } from '../api/data';
import { DamagedScreen } from './DamagedScreen';
import { useHealth } from './useHealth';
import '../styles/health.css';

/**
 * The app as usual while the database is sound; a quiet banner while it is checked after a crash
 * (reads work meanwhile, writes wait); and, once it is found damaged, one screen that says what to do.
 */
export function HealthGate({ children }: { children: ReactNode }) {
  const { health, recheck } = useHealth();
  if (health?.state === 'damaged') {
    return (
      <DamagedScreen
        message={health.message}
        onRestored={() => {
          // Everything on screen was read from the damaged file: read it all again from the restored one.
          useDataVersion.setState((s) => ({ version: s.version + 1 }));
          recheck();
        }}
      />
    );
  }
  return (
    <>
      {children}
      {health?.state === 'checking' && (
        <p className="health-banner" role="status">
          Checking your data after Shortlist was not closed properly… You can look things up meanwhile; changes wait until
          it is done.
        </p>
      )}
    </>
  );
}
