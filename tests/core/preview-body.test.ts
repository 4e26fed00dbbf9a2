import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/server/dispatch';
import { startPreviewServer, type PreviewServer } from '../../src/server/http';
import { freshApp, tempDir } from './helpers';

let server: PreviewServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Posts `body` to a method; resolves with the status and the JSON answer (a reset connection rejects). */
function post(url: URL, method: string, body: string, headers: Record<string, string>) {
  return new Promise<{ status: number; body: unknown }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: url.port, method: 'POST', path: `/api/${method}`, headers }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('a call whose body is over the limit', () => {
  it('is answered 413 with a JSON error, whether its length was announced or not, and writes nothing', async () => {
    const app = await freshApp();
    const staticDir = tempDir();
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Shortlist</title>');
    server = await startPreviewServer({ call: async (method, input) => dispatch(app.core, method, input) }, { port: 0, staticDir });
    const url = new URL(server.url);
    const huge = `{"name":"${'x'.repeat(6 * 1024 * 1024)}"}`;
    const announced: Record<string, string> = { 'Content-Type': 'application/json' };
    for (const headers of [announced, { ...announced, 'Transfer-Encoding': 'chunked' }]) {
      expect(await post(url, 'clients.create', huge, headers)).toEqual({
        status: 413,
        body: {
          ok: false,
          error: { code: 'bad_request', message: 'The request is larger than 5 MB, the most Shortlist takes in one call; nothing was changed.' },
        },
      });
    }
    expect(app.core.db.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(0);
    // The server still answers.
    expect(await post(url, 'clients.create', '{"name":"Acme"}', { 'Content-Type': 'application/json' })).toMatchObject({ status: 200 });
  });
});
