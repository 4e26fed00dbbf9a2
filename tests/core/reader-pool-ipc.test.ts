import { describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from '../../electron/app-url';
import { CALL_CHANNEL, DROP_CHANNEL } from '../../electron/policy';
import type { Outcome } from '../../src/api/errors';
import type { CallOptions, CoreCalls } from '../../src/host/calls';

type Handler = (event: unknown, ...args: unknown[]) => unknown;

/** serveContract under a stand-in for Electron's ipcMain, over a core that remembers each call's signal. */
async function served() {
  const handlers = new Map<string, Handler>();
  vi.resetModules();
  vi.doMock('electron', () => ({ ipcMain: { handle: (c: string, h: Handler) => handlers.set(c, h), on: (c: string, h: Handler) => handlers.set(c, h) } }));
  const { serveContract } = await import('../../electron/ipc');
  const signals: (AbortSignal | undefined)[] = [];
  const core: CoreCalls = {
    call: (_method: string, _input: unknown, options?: CallOptions) => {
      signals.push(options?.signal);
      return new Promise<Outcome<unknown>>((resolve) => options?.signal?.addEventListener('abort', () => resolve({ ok: false, error: { code: 'cancelled', message: 'dropped' } })));
    },
  };
  serveContract(core);
  const from = (url: string, window = 1) => ({ senderFrame: { url, parent: null }, sender: { id: window } });
  return { call: handlers.get(CALL_CHANNEL)!, drop: handlers.get(DROP_CHANNEL)!, signals, from };
}

describe('a read the desktop window lets go', () => {
  it('is let go in the core when the window drops the number it gave it', async () => {
    const { call, drop, signals, from } = await served();
    const answer = call(from(APP_ENTRY_URL), 'tags.list', {}, 7) as Promise<Outcome<unknown>>;
    expect(signals[0]?.aborted).toBe(false);
    drop(from(APP_ENTRY_URL), 7);
    expect(signals[0]?.aborted).toBe(true);
    expect(await answer).toEqual({ ok: false, error: { code: 'cancelled', message: 'dropped' } });
  });

  it('is let go only by its own window, and never by a page that is not Shortlist’s', async () => {
    const { call, drop, signals, from } = await served();
    void call(from(APP_ENTRY_URL, 1), 'tags.list', {}, 7);
    drop(from(APP_ENTRY_URL, 2), 7);
    drop(from('https://example.com/', 1), 7);
    expect(signals[0]?.aborted).toBe(false);
  });
});
