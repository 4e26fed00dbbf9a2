import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CoreHost } from '../../src/host/host';
import { startPreviewServer, type PreviewServer } from '../../src/server/http';
import { freshApp, tempDir } from './helpers';

let server: PreviewServer | undefined;
let host: CoreHost | undefined;
afterEach(async () => {
  await server?.close();
  await host?.close();
  server = host = undefined;
});

/** The preview as `shortlist serve` runs it: the core on threads of its own. `app` is a second program on the same file. */
async function start() {
  const app = await freshApp();
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Shortlist</title>');
  host = await CoreHost.start(app.file);
  server = await startPreviewServer(host, { port: 0, staticDir });
  return { app, url: new URL(server.url) };
}

/** A raw request, so tests can send the Host and Origin headers a browser or an attacker would. */
function request(url: URL, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: { ok: boolean; result?: unknown; error?: { code: string; message: string } } | string; headers: http.IncomingHttpHeaders }>(
    (resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port: url.port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
        (res) => {
          let text = '';
          res.on('data', (c) => (text += c));
          res.on('end', () => {
            const json = res.headers['content-type']?.startsWith('application/json');
            resolve({ status: res.statusCode!, body: json ? JSON.parse(text) : text, headers: res.headers });
          });
        },
      );
      req.on('error', reject);
      req.end(options.body);
    },
  );
}

const json = { 'Content-Type': 'application/json' };

describe('the preview server', { timeout: 120_000 }, () => {
  it('lists the methods and runs a call', async () => {
    const { url } = await start();
    const list = await request(url, { path: '/api' });
    expect(list.status).toBe(200);
    expect((list.body as { result: { methods: string[] } }).result.methods).toContain('clients.create');
    const created = await request(url, { method: 'POST', path: '/api/clients.create', headers: json, body: '{"name":"Acme"}' });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ ok: true, result: { name: 'Acme' } });
  });

  it('answers errors with their code, message and field', async () => {
    const { url } = await start();
    const bad = await request(url, { method: 'POST', path: '/api/clients.create', headers: json, body: '{"name":""}' });
    expect(bad.status).toBe(422);
    expect(bad.body).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'name' } });
    const missing = await request(url, { method: 'POST', path: '/api/clients.nuke', headers: json, body: '{}' });
    expect(missing.status).toBe(404);
    const notJson = await request(url, { method: 'POST', path: '/api/clients.list', headers: json, body: '{name:' });
    expect(notJson).toMatchObject({ status: 400, body: { error: { code: 'bad_request' } } });
  });

  it('survives malformed requests', async () => {
    const { url } = await start();
    expect((await request(url, { path: '/api/%E0%A4%A' })).status).toBe(400);
    const raw = await new Promise<string>((resolve) => {
      const socket = net.connect({ host: '127.0.0.1', port: Number(url.port) }, () =>
        socket.end(`GET http://[/ HTTP/1.1\r\nHost: 127.0.0.1:${url.port}\r\n\r\n`),
      );
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk));
      socket.on('close', () => resolve(answer));
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400/);
    expect((await request(url, { path: '/api' })).status).toBe(200);
  });

  it('accepts only JSON bodies, so a plain HTML form cannot post to it', async () => {
    const { url, app } = await start();
    const form = await request(url, {
      method: 'POST',
      path: '/api/clients.create',
      headers: { 'Content-Type': 'text/plain' },
      body: '{"name":"Evil"}',
    });
    expect(form.status).toBe(415);
    expect(app.call('clients.list', {}).total).toBe(0);
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const { url } = await start();
    const rebound = await request(url, { path: '/api', headers: { Host: `evil.example:${url.port}` } });
    expect(rebound.status).toBe(421);
    const page = await request(url, { path: '/', headers: { Host: `evil.example:${url.port}` } });
    expect(page.status).toBe(421);
    expect((await request(url, { path: '/api', headers: { Host: `localhost:${url.port}` } })).status).toBe(200);
  });

  it('refuses calls from other web pages', async () => {
    const { url, app } = await start();
    const attack = await request(url, {
      method: 'POST',
      path: '/api/clients.create',
      headers: { ...json, Origin: 'https://evil.example' },
      body: '{"name":"Evil"}',
    });
    expect(attack.status).toBe(403);
    expect(app.call('clients.list', {}).total).toBe(0);
    const own = await request(url, {
      method: 'POST',
      path: '/api/clients.create',
      headers: { ...json, Origin: `http://127.0.0.1:${url.port}` },
      body: '{"name":"Mine"}',
    });
    expect(own.status).toBe(200);
  });

  it('serves the app’s page with a strict content security policy', async () => {
    const { url } = await start();
    const page = await request(url, { path: '/clients/123' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Shortlist</title>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
  });

  it('hands out an attached file only as a download', async () => {
    const { url, app } = await start();
    const candidate = app.call('candidates.create', { name: 'Ada' });
    const html = '<script>alert(document.cookie)</script>';
    const file = app.call('files.attach', {
      candidateId: candidate.id,
      name: 'résumé.html',
      mimeType: 'text/html',
      dataBase64: Buffer.from(html).toString('base64'),
    });
    const download = await request(url, { path: `/files/${file.id}` });
    expect(download.status).toBe(200);
    expect(download.body).toBe(html);
    expect(download.headers['content-type']).toBe('application/octet-stream');
    expect(download.headers['content-disposition']).toBe("attachment; filename*=UTF-8''r%C3%A9sum%C3%A9.html");
    app.call('files.delete', { id: file.id });
    expect((await request(url, { path: `/files/${file.id}` })).status).toBe(404);
    await app.core.background.settled();
  });

  it('cannot be reached from the network, only from this machine', async () => {
    const { url } = await start();
    expect(url.hostname).toBe('127.0.0.1');
    const lanAddress = Object.values(os.networkInterfaces())
      .flat()
      .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
    if (lanAddress === undefined) return; // no network interface to try from
    const error = await new Promise<NodeJS.ErrnoException>((resolve) => {
      const socket = net.connect({ host: lanAddress, port: Number(url.port) }, () => {
        socket.destroy();
        resolve(Object.assign(new Error('connected'), { code: 'CONNECTED' }));
      });
      socket.on('error', resolve);
    });
    expect(error.code).toBe('ECONNREFUSED');
  });
});
