import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../src/api/errors';
import type { SearchResult } from '../../src/api/search';
import { call } from '../api/client';
import { asApiError } from '../api/data';
import { longEnough } from './searchFormat';

/** Enough to fill the switcher; the core ranks, so the best are first. */
const LIMIT = 20;

export interface Answer {
  /** The query these results are for: while the next one is asked, the last answer stays on screen. */
  query: string;
  results: SearchResult[];
  error?: ApiError;
}

/**
 * Search as you type, with no pause: one request at a time, and when it returns while the
 * recruiter has typed on, its answer is dropped and the latest text is asked for instead.
 */
export function useSearchResults(query: string): Answer | undefined {
  const [answer, setAnswer] = useState<Answer>();
  const wanted = useRef(query);
  const asking = useRef(false);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    wanted.current = query;
    // The request under way will ask for this text when it comes back.
    if (asking.current) return;

    function ask(text: string) {
      if (!longEnough(text)) {
        setAnswer({ query: text, results: [] });
        return;
      }
      asking.current = true;
      call('search.query', { query: text, limit: LIMIT })
        .then(
          (results): Answer => ({ query: text, results }),
          (error: unknown): Answer => ({ query: text, results: [], error: asApiError(error) }),
        )
        .then((got) => {
          asking.current = false;
          if (!mounted.current) return;
          if (wanted.current === text) setAnswer(got);
          else ask(wanted.current);
        });
    }
    ask(query);
  }, [query]);

  return answer;
}
