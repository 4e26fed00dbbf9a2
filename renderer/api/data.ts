import { useEffect, useState } from 'react';
import { create } from 'zustand';
import type { Input, Method, Result } from '../../src/api/contract';
import { ApiError } from '../../src/api/errors';
import { call, callUntil, putFirst } from './client';

/**
 * The database is the truth and the screen only shows it: every successful change bumps this
 * number, and everything on screen that was read from the core reads it again.
 */
export const useDataVersion = create<{ version: number }>(() => ({ version: 0 }));

/** Makes a change through the contract, then lets the screen reload what it shows. */
export async function change<M extends Method>(method: M, input: Input<M>): Promise<Result<M>> {
  const result = await call(method, input);
  useDataVersion.setState((s) => ({ version: s.version + 1 }));
  return result;
}

export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError('internal', 'Something went wrong. Try again.');
}

/** Answers asked for before the page that shows them has rendered, by their call's key. */
const askedEarly = new Map<string, Promise<unknown>>();

/**
 * Asks for the first page's data as the window's code starts, so the answer is on its way while
 * React draws: the page's `useData` for the same call takes it up instead of asking again.
 */
export function askEarly<M extends Method>(method: M, input: Input<M>): void {
  const asked = call(method, input);
  putFirst(asked);
  // Its page may never ask (a damaged database shows another screen): a refusal then is no error.
  asked.catch(() => undefined);
  askedEarly.set(JSON.stringify([method, input]), asked);
}

/** The early answer for this call, once: any later read (after a change) asks the core again. */
function takeEarly(key: string): Promise<unknown> | undefined {
  const asked = askedEarly.get(key);
  askedEarly.delete(key);
  return asked;
}

interface Loaded<R> {
  data: R | undefined;
  error: ApiError | undefined;
  loading: boolean;
}

/**
 * Reads from the core, and reads again after any change. While it reloads, the last answer
 * for the same input stays on screen, so saving a note does not blank the page. A null input
 * waits: nothing is asked until what the call depends on is known.
 */
export function useData<M extends Method>(method: M, input: Input<M> | null): Loaded<Result<M>> {
  const version = useDataVersion((s) => s.version);
  const key = JSON.stringify([method, input]);
  const [state, setState] = useState<{ key: string; version: number; data?: Result<M>; error?: ApiError }>();

  useEffect(() => {
    let current = true;
    const [m, i] = JSON.parse(key) as [M, Input<M> | null];
    if (i === null) return;
    const asked = (version === 0 ? takeEarly(key) : undefined) as Promise<Result<M>> | undefined;
    // Left unanswered when the page goes (or asks anew), the read is let go: the page the
    // recruiter went to is not kept waiting behind it for a connection or a reader.
    const left = new AbortController();
    (asked ?? callUntil(left.signal, m, i)).then(
      (data) => current && setState({ key, version, data }),
      (error: unknown) => current && setState({ key, version, error: asApiError(error) }),
    );
    return () => {
      current = false;
      left.abort();
    };
  }, [key, version]);

  const same = state?.key === key;
  return {
    data: same ? state.data : undefined,
    error: same ? state.error : undefined,
    loading: input !== null && (!same || state.version !== version),
  };
}
