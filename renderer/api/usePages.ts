import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Page } from '../../src/api/common';
import type { Input, Method, Result } from '../../src/api/contract';
import type { ApiError } from '../../src/api/errors';
import { callUntil } from './client';
import { asApiError, useDataVersion } from './data';

/** One screenful and a good margin; more pages come as the recruiter scrolls. */
const PAGE_SIZE = 100;
/** A page kept aside (see loadMore) is shown after this long even if the window is never idle. */
const ASIDE_AT_MOST_MS = 250;

/** The contract's methods that answer with keyset pages. */
type ListMethod = { [M in Method]: Result<M> extends Page<unknown> ? M : never }[Method];
type ItemOf<M extends ListMethod> = Result<M> extends Page<infer T> ? T : never;
type Filters<M extends ListMethod> = Omit<Input<M>, 'cursor' | 'limit'>;

interface Pages<T> {
  key: string;
  items: T[];
  total: number;
  nextCursor: string | null;
  error?: ApiError;
}

/**
 * A list matching the filters, fetched a keyset page at a time and never as a whole table.
 * A change anywhere starts again from the first page.
 */
export function usePages<M extends ListMethod>(method: M, filters: Filters<M>) {
  const version = useDataVersion((s) => s.version);
  const key = JSON.stringify([method, filters]);
  const [pages, setPages] = useState<Pages<ItemOf<M>>>();
  const fetchingMore = useRef(false);

  const fetchPage = useCallback((cursor: string | undefined, signal?: AbortSignal) => {
    const [m, f] = JSON.parse(key) as [M, Filters<M>];
    return callUntil(signal, m, { ...f, cursor, limit: PAGE_SIZE } as Input<M>) as Promise<Page<ItemOf<M>>>;
  }, [key]);

  // Asked as the list renders, not once React has committed the page around it (the toolbar, the
  // bulk bar, the page it replaces going away): the core answers while the window draws.
  const firstPage = useMemo(() => {
    const asked = held((signal) => fetchPage(undefined, signal));
    // Its render may never commit: a refusal is then nobody's to show.
    asked.promise.catch(() => undefined);
    return asked;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a change of data asks again
  }, [fetchPage, version]);
  useEffect(() => {
    let current = true;
    const release = firstPage.hold();
    firstPage.promise.then(
      (page) => {
        if (!current) return;
        // The list starts over: a page asked meanwhile continued the rows it replaces.
        letGoOfMore();
        setPages({ key, ...page, total: page.total ?? 0 });
      },
      (error: unknown) => current && setPages({ key, items: [], total: 0, nextCursor: null, error: asApiError(error) }),
    );
    return () => {
      current = false;
      release();
    };
  }, [key, firstPage]);

  const shown = pages?.key === key ? pages : undefined;
  const cursor = shown?.nextCursor ?? null;

  // A page asked for as the recruiter scrolled is let go as the first is: once the list is left or
  // its filters change, nobody waits for it, and it would hold a reader or a connection.
  const more = useRef<AbortController>(undefined);
  // A page that came while the rows it adds were still well below the view, kept aside until the
  // window has a moment to spare, so its render lands between a fling's frames, not in one of them.
  const aside = useRef<{ apply: () => void; idle: number }>(undefined);
  const wantedNow = useRef(false);
  function letGoOfMore() {
    more.current?.abort();
    if (aside.current) cancelIdleCallback(aside.current.idle);
    aside.current = undefined;
    fetchingMore.current = wantedNow.current = false;
  }
  // Let go as well when a change of data starts the list over: a page asked or kept aside for the
  // list before would continue rows no longer shown, and hold back the pages of the new one.
  useEffect(() => letGoOfMore, [key, firstPage]);

  /** `near`: the rows shown are close to the end of those loaded, so a page kept aside is needed now. */
  const loadMore = useCallback((near = false) => {
    wantedNow.current ||= near;
    if (aside.current) {
      if (near) aside.current.apply();
      return;
    }
    if (!shown || cursor === null || fetchingMore.current) return;
    const continued = shown;
    fetchingMore.current = true;
    const left = (more.current = new AbortController());
    fetchPage(cursor, left.signal).then(
      (page) => {
        const apply = () => {
          if (aside.current?.apply !== apply) return;
          cancelIdleCallback(aside.current.idle);
          aside.current = undefined;
          fetchingMore.current = wantedNow.current = false;
          // A reload may have started over meanwhile (and may end on the same cursor): only
          // extend the very pages this one continues.
          setPages((prev) => (prev === continued ? { ...continued, items: [...continued.items, ...page.items], nextCursor: page.nextCursor } : prev));
        };
        // Let go (letGoOfMore): the list it continued has gone, and the next may be asking already.
        if (left.signal.aborted) return;
        aside.current = { apply, idle: requestIdleCallback(apply, { timeout: ASIDE_AT_MOST_MS }) };
        // The recruiter is already at the end of the rows loaded: no blank rows while the window idles.
        if (wantedNow.current) apply();
      },
      (error: unknown) => {
        if (left.signal.aborted) return;
        fetchingMore.current = false;
        setPages((prev) => prev && { ...prev, error: asApiError(error) });
      },
    );
  }, [shown, cursor, fetchPage]);

  return { items: shown?.items, total: shown?.total ?? 0, error: shown?.error, hasMore: cursor !== null, loadMore };
}

/**
 * A first page asked during render, let go (see callUntil) once no list on screen holds it: the
 * list left, or its filters changed, before the answer came. A moment after the last hold ends,
 * so that React's second mount of an effect in development (StrictMode) still finds it asked.
 */
function held<T>(ask: (signal: AbortSignal) => Promise<T>) {
  const left = new AbortController();
  const promise = ask(left.signal);
  let holders = 0;
  return {
    promise,
    hold() {
      holders++;
      return () => {
        if (--holders === 0) setTimeout(() => holders === 0 && left.abort());
      };
    },
  };
}
