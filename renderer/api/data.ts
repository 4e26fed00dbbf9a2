import { useEffect, useState } from 'react';
import { create } from 'zustand';
import type { Input, Method, Result } from '../../src/api/contract';
import { ApiError } from '../../src/api/errors';
import { call } from './client';

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
    call(m, i).then(
      (data) => current && setState({ key, version, data }),
      (error: unknown) => current && setState({ key, version, error: asApiError(error) }),
    );
    return () => {
      current = false;
    };
  }, [key, version]);

  const same = state?.key === key;
  return {
    data: same ? state.data : undefined,
    error: same ? state.error : undefined,
    loading: input !== null && (!same || state.version !== version),
  };
}
