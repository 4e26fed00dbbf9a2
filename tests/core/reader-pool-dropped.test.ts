import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Outcome } from '../../src/api/errors';
import type { CallOptions } from '../../src/host/calls';
import { CoreHost } from '../../src/host/host';
import { startPreviewServer } from '../../src/server/http';
import { tempDir } from './helpers';

/** What each test started, closed after it whatever its outcome. */
const started: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const running of started.splice(0).reverse()) await running.close();
});

describe('a call nobody waits for any more', { timeout: 60_000 }, () => {
  it('is not read when its page was left before it reached a reader, while a write is made all the same', async () => {
    const host = await CoreHost.start(path.join(tempDir(), 'shortlist.db'));
    started.push(host);
    const left = new AbortController();
    left.abort();
    expect(await host.call('candidates.list', { limit: 10 }, { signal: left.signal })).toEqual({
      ok: false,
      error: { code: 'cancelled', message: 'Nobody was waiting for this answer any more, so it was not read.' },
    });
    // Writes are never dropped: the recruiter's change is made whether or not the page stays.
    const created = await host.call('candidates.create', { name: 'Ada Lovelace' }, { signal: left.signal });
    expect(created.ok).toBe(true);
    const listed = (await host.call('candidates.list', { limit: 10 })) as Outcome<{ items: { name: string }[] }>;
    expect(listed.ok && listed.result.items.map((c) => c.name)).toEqual(['Ada Lovelace']);
  });

  it('in the preview, is let go by the server as soon as the page aborts its request', async () => {
    const staticDir = tempDir();
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Shortlist</title>');
    let signalled: (signal: AbortSignal | undefined) => void;
    const asked = new Promise<AbortSignal | undefined>((resolve) => (signalled = resolve));
    // A core whose answer comes only once the call is let go.
    const core = {
      call: (_method: string, _input: unknown, { signal }: CallOptions = {}) => {
        signalled(signal);
        return new Promise<Outcome<unknown>>((resolve) =>
          signal?.addEventListener('abort', () => resolve({ ok: false, error: { code: 'cancelled', message: 'dropped' } })),
        );
      },
    };
    const server = await startPreviewServer(core, { port: 0, staticDir });
    started.push(server);
    const url = new URL(server.url);
    const req = http.request({ host: '127.0.0.1', port: url.port, method: 'POST', path: '/api/tags.list', headers: { 'Content-Type': 'application/json' } });
    req.on('error', () => undefined);
    req.end('{}');
    const signal = await asked;
    expect(signal?.aborted).toBe(false);
    req.destroy();
    await new Promise((resolve) => signal!.addEventListener('abort', resolve));
    expect(signal!.aborted).toBe(true);
  });
});
