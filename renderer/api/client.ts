import { create } from 'zustand';
import { ApiError, type Outcome } from '../../src/api/errors';
import type { Call, Input, Method, Result } from '../../src/api/contract';
import type { MenuCommand, RecordRef } from '../../src/api/desktop';

declare global {
  interface Window {
    /** Set by the desktop app's preload; absent in the browser preview. */
    shortlist?: {
      /** `id` numbers a read the page may let go of with `drop`. */
      call(method: string, input: unknown, id?: number): Promise<Outcome<unknown>>;
      drop?(id: number): void;
      /** Hears which record the desktop app asks to open (a clicked notification); returns how to stop. */
      onOpen(listener: (record: RecordRef) => void): () => void;
      /** Hears which File menu command the recruiter chose in the desktop app; returns how to stop. */
      onMenu(listener: (command: MenuCommand) => void): () => void;
    };
  }
}

let lastCallId = 0;

/**
 * The desktop bridge: a signal cannot cross contextBridge, so a call that may be let go is
 * numbered, and the page tells the main process that number when it lets go; its promise
 * rejects then, not when the core has answered.
 */
const overIpc =
  (bridge: NonNullable<Window['shortlist']>) =>
  (method: string, input: unknown, signal?: AbortSignal): Promise<Outcome<unknown>> => {
    if (!signal || !bridge.drop) return bridge.call(method, input);
    const id = ++lastCallId;
    const answered = bridge.call(method, input, id);
    return new Promise((resolve, reject) => {
      const letGo = () => {
        bridge.drop!(id);
        reject(new Error('let go'));
      };
      signal.addEventListener('abort', letGo, { once: true });
      answered.then(resolve, reject).finally(() => signal.removeEventListener('abort', letGo));
    });
  };

async function overHttp(method: string, input: unknown, signal?: AbortSignal): Promise<Outcome<unknown>> {
  const response = await fetch(`/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(input ?? {}),
    signal,
  });
  return (await response.json()) as Outcome<unknown>;
}

const damageListeners = new Set<() => void>();

/** Hears every call refused because the database is damaged, so one screen can say what to do; returns how to stop. */
export function onDamaged(listener: () => void): () => void {
  damageListeners.add(listener);
  return () => damageListeners.delete(listener);
}

/** How long a call waits before it counts as long work this page waits on. */
const SLOW_MS = 300;

/** Calls still unanswered after a moment: the Tasks entry looks at once for the work they wait on. */
export const useSlowCalls = create<{ waiting: number }>(() => ({ waiting: 0 }));

let waiting = 0;
const settledListeners = new Set<() => void>();

/**
 * Runs `listener` once, when no call is waiting for its answer: work that can wait (fetching the
 * other pages' code) stays out of the way of the first page's data, which in the preview would
 * queue behind it for the browser's few connections. Returns how to stop.
 */
export function onceCallsSettle(listener: () => void): () => void {
  if (waiting === 0) {
    const soon = setTimeout(listener);
    return () => clearTimeout(soon);
  }
  settledListeners.add(listener);
  return () => settledListeners.delete(listener);
}

/** Longest a call waits for the first page's answer. */
const FIRST_WAIT_MS = 300;
let first: Promise<void> | undefined;

/**
 * Lets `asked` (the first page's data, asked as the window starts) go first: calls made until it
 * is answered, for at most FIRST_WAIT_MS, wait for it. The page the recruiter opened then has the
 * core's threads and the machine's cores to itself; the sidebar's counts come a moment later.
 */
export function putFirst(asked: Promise<unknown>): void {
  const answered = asked.then(
    () => undefined,
    () => undefined,
  );
  const done = Promise.race([answered, new Promise<void>((resolve) => setTimeout(resolve, FIRST_WAIT_MS))]).then(() => {
    if (first === done) first = undefined;
  });
  first = done;
}

const LEFT = 'The page that asked for this was left before it was answered.';

/** Calls the core through whichever bridge this page has; rejects with an ApiError. */
export const call: Call = (method, input) => callUntil(undefined, method, input);

/**
 * As `call`, for a read that stops mattering once `signal` aborts (its page was left): in the
 * preview the request is aborted, so it no longer holds one of the browser's six connections and
 * the core drops it if it has not reached a reader yet; the page it was left for is answered
 * sooner. Once aborted, it rejects at once with a `cancelled` ApiError. Never for a write.
 */
export async function callUntil<M extends Method>(signal: AbortSignal | undefined, method: M, input: Input<M>): Promise<Result<M>> {
  const transport = window.shortlist ? overIpc(window.shortlist) : overHttp;
  let outcome: Outcome<unknown>;
  let slow = false;
  waiting++;
  const timer = setTimeout(() => {
    slow = true;
    useSlowCalls.setState((s) => ({ waiting: s.waiting + 1 }));
  }, SLOW_MS);
  try {
    if (first) await first;
    if (signal?.aborted) throw new ApiError('cancelled', LEFT);
    outcome = await transport(method, input, signal);
  } catch {
    if (signal?.aborted) throw new ApiError('cancelled', LEFT);
    throw new ApiError('internal', 'Shortlist’s data service is not answering. Restart the app and try again.');
  } finally {
    clearTimeout(timer);
    if (slow) useSlowCalls.setState((s) => ({ waiting: s.waiting - 1 }));
    if (--waiting === 0) {
      const listeners = [...settledListeners];
      settledListeners.clear();
      listeners.forEach((listener) => listener());
    }
  }
  if (signal?.aborted) throw new ApiError('cancelled', LEFT);
  if (!outcome.ok && outcome.error.code === 'damaged') damageListeners.forEach((listener) => listener());
  if (!outcome.ok) throw new ApiError(outcome.error.code, outcome.error.message, outcome.error.field);
  return outcome.result as Result<M>;
}

