import { useCallback, useEffect, useRef, useState } from 'react';
import type { ClientListInput, ClientSummary } from '../../src/api/clients';
import type { ApiError } from '../../src/api/errors';
import { call } from '../api/client';
import { asApiError, useDataVersion } from '../api/data';

/** One screenful and a good margin; more pages come as the recruiter scrolls. */
const PAGE_SIZE = 100;

type Filters = Required<Pick<ClientListInput, 'query' | 'status' | 'sort'>>;

interface Pages {
  key: string;
  items: ClientSummary[];
  total: number;
  nextCursor: string | null;
  error?: ApiError;
}

/**
 * The clients matching the filters, fetched a keyset page at a time and never as a whole table.
 * A change anywhere starts again from the first page.
 */
export function useClientPages(filters: Filters) {
  const version = useDataVersion((s) => s.version);
  const key = JSON.stringify(filters);
  const [pages, setPages] = useState<Pages>();
  const fetchingMore = useRef(false);

  useEffect(() => {
    let current = true;
    call('clients.list', { ...(JSON.parse(key) as Filters), limit: PAGE_SIZE }).then(
      (page) => current && setPages({ key, ...page }),
      (error: unknown) => current && setPages({ key, items: [], total: 0, nextCursor: null, error: asApiError(error) }),
    );
    return () => {
      current = false;
    };
  }, [key, version]);

  const shown = pages?.key === key ? pages : undefined;
  const cursor = shown?.nextCursor ?? null;

  const loadMore = useCallback(() => {
    if (cursor === null || fetchingMore.current) return;
    fetchingMore.current = true;
    call('clients.list', { ...(JSON.parse(key) as Filters), cursor, limit: PAGE_SIZE })
      .then(
        (page) =>
          setPages((prev) =>
            // A reload may have started over meanwhile: only extend the list this page continues.
            prev && prev.key === key && prev.nextCursor === cursor
              ? { ...prev, items: [...prev.items, ...page.items], total: page.total, nextCursor: page.nextCursor }
              : prev,
          ),
        (error: unknown) => setPages((prev) => prev && { ...prev, error: asApiError(error) }),
      )
      .finally(() => {
        fetchingMore.current = false;
      });
  }, [key, cursor]);

  return { items: shown?.items, total: shown?.total ?? 0, error: shown?.error, hasMore: cursor !== null, loadMore };
}
