import { useEffect, useState } from 'react';
import type { DuplicateCheckInput, DuplicateMatch } from '../../src/api/candidates';
import { call } from '../api/client';
import { useDataVersion } from '../api/data';
import { useDebounced } from '../ui/useDebounced';

/** Long enough not to ask on every key of an email address, short enough to warn before the form is done. */
const TYPING_PAUSE_MS = 300;

/**
 * Candidates already on file who look like the person being typed in. The last answer stays
 * while the next is asked, so the warning does not flicker as the recruiter types.
 */
export function useDuplicateMatches(identity: DuplicateCheckInput | null): DuplicateMatch[] {
  const key = useDebounced(identity === null ? null : JSON.stringify(identity), TYPING_PAUSE_MS);
  const version = useDataVersion((s) => s.version);
  const [answer, setAnswer] = useState<DuplicateMatch[]>([]);

  useEffect(() => {
    if (key === null) return;
    let current = true;
    call('candidates.duplicates', JSON.parse(key) as DuplicateCheckInput).then(
      (matches) => current && setAnswer(matches),
      // Only a warning: if the check fails, saving still asks the core, which refuses a duplicate itself.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [key, version]);

  return key === null || identity === null ? [] : answer;
}
