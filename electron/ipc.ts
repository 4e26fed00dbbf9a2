import { ipcMain } from 'electron';
import { ApiError, type Outcome } from '../src/api/errors';
import type { CoreCalls } from '../src/host/calls';
import { parseInput } from '../src/server/validate';
import { desktopMethods, isDesktopMethod } from './desktop';
import { CALL_CHANNEL, DROP_CHANNEL, isTrustedSender } from './policy';

/**
 * Passes the preload's calls to the core's threads, as the HTTP preview does; the few methods
 * that need the desktop itself (saving a PDF, opening a file) are answered here.
 */
export function serveContract(core: CoreCalls): void {
  // The page's numbered calls still running, by window, so that it can let a read go (see the
  // renderer's callUntil): one not yet started on a reader is then dropped by the core.
  const running = new Map<string, AbortController>();
  ipcMain.on(DROP_CHANNEL, (event, id: unknown) => {
    if (isTrustedSender(event.senderFrame)) running.get(`${event.sender.id}:${String(id)}`)?.abort();
  });
  ipcMain.handle(CALL_CHANNEL, (event, method: unknown, input: unknown, id?: unknown): Outcome<unknown> | Promise<Outcome<unknown>> => {
    if (!isTrustedSender(event.senderFrame)) {
      console.warn(`[shortlist] refused a call from ${event.senderFrame?.url ?? 'a frame that is gone'}`);
      return refused('Only Shortlist’s own window may use its data.');
    }
    if (typeof method !== 'string') return refused('A call needs the name of a method.');
    if (!isDesktopMethod(method)) {
      if (typeof id !== 'number') return core.call(method, input);
      const key = `${event.sender.id}:${id}`;
      const left = new AbortController();
      running.set(key, left);
      // A reloaded window numbers its calls from 0 again: only this call's own entry is removed.
      return core.call(method, input, { signal: left.signal }).finally(() => running.get(key) === left && running.delete(key));
    }

    const parsed = parseInput(method, input);
    if (!parsed.ok) return parsed;
    const run = desktopMethods[method] as (core: CoreCalls, sender: Electron.WebContents, input: unknown) => Promise<unknown>;
    return run(core, event.sender, parsed.result).then(
      (result): Outcome<unknown> => ({ ok: true, result }),
      (error: unknown): Outcome<unknown> => {
        console.error(`[shortlist] ${method} failed`, error);
        if (error instanceof ApiError) return { ok: false, error: error.toJSON() };
        return { ok: false, error: { code: 'internal', message: `That did not work: ${String(error)}` } };
      },
    );
  });
}

function refused(message: string): Outcome<never> {
  return { ok: false, error: { code: 'bad_request', message } };
}
