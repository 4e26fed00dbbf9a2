import { useEffect } from 'react';
import { useLocation } from 'wouter';
import type { RecentOpenInput } from '../../src/api/search';
import { call } from '../api/client';

/** A record's page, its sub-pages included (a job's intake, its pipeline). */
const recordPage = /^\/(candidate|client|contact|job)s\/([0-9a-f-]{36})(?:\/|$)/;

/**
 * Each record the recruiter opens goes to the top of the quick switcher's recent ones, kept by
 * the core, so across restarts. Moving between a job's pages counts once.
 */
export function useRecordOpened(): void {
  const [location] = useLocation();
  const match = recordPage.exec(location);
  const opened = match ? `${match[1]}:${match[2]}` : null;
  useEffect(() => {
    if (!opened) return;
    const [kind, id] = opened.split(':') as [RecentOpenInput['kind'], string];
    // A record gone meanwhile, or a writer held by long work, only leaves it off the list: nothing to say.
    call('recents.open', { kind, id }).catch(() => {});
  }, [opened]);
}
