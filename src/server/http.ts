import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { methods } from '../api/contract';
import { ApiError, type ErrorCode, type Outcome } from '../api/errors';
import type { CoreCalls } from '../host/calls';
import { CONTENT_SECURITY_POLICY } from './csp';

const MAX_BODY_BYTES = 5 * 1024 * 1024;

const statusFor: Record<ErrorCode, number> = {
  invalid_input: 422,
  not_found: 404,
  duplicate: 409,
  unknown_method: 404,
  bad_request: 400,
  unsupported: 501,
  cancelled: 409,
  busy: 409,
  damaged: 503,
  storage: 507,
  internal: 500,
};

export interface PreviewServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The preview: the renderer and the contract over HTTP, for one person on their own machine. It
 * listens on 127.0.0.1 only and answers only requests addressed to itself from its own page, so
 * no web page the recruiter visits (nor a DNS-rebinding trick) can read or change their data.
 */
export async function startPreviewServer(
  core: CoreCalls,
  options: { port: number; staticDir: string },
): Promise<PreviewServer> {
  if (!fs.existsSync(path.join(options.staticDir, 'index.html'))) {
    throw new Error(`The app's pages are not built (${options.staticDir} is empty): run npm run build first.`);
  }
  const assets = sirv(options.staticDir, { single: true, dev: false, etag: true });
  let allowedHosts = new Set<string>();

  const server = http.createServer((req, res) => {
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    try {
      route(req, res);
    } catch {
      // A malformed request line or path must never take the server down.
      send(res, 400, failure('bad_request', 'That request could not be understood.'));
    }
  });

  function route(req: http.IncomingMessage, res: http.ServerResponse): void {
    if (!allowedHosts.has(req.headers.host ?? '')) {
      return send(res, 421, failure('bad_request', 'This server only answers requests addressed to itself.'));
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) {
      return send(res, 403, failure('bad_request', 'Requests from other web pages are refused.'));
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/api' && req.method === 'GET') {
      return send(res, 200, { ok: true, result: { methods } });
    }
    if (url.pathname.startsWith('/api/')) {
      void handleCall(core, decodeURIComponent(url.pathname.slice(5)), req, res);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(res, 405, failure('bad_request', 'Only GET is allowed here.'));
    }
    const download = /^\/files\/([0-9a-f-]{36})$/.exec(url.pathname);
    if (download) return void sendFile(core, download[1]!, res);
    assets(req, res, () => send(res, 404, failure('not_found', 'No such page.')));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });
  const port = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function handleCall(core: CoreCalls, method: string, req: http.IncomingMessage, res: http.ServerResponse) {
  if (req.method !== 'POST') {
    return send(res, 405, failure('bad_request', 'Call a method with POST and a JSON body.'));
  }
  if (!/^application\/json(;|$)/i.test(req.headers['content-type'] ?? '')) {
    return send(res, 415, failure('bad_request', 'Send the input as JSON (Content-Type: application/json).'));
  }
  let input: unknown;
  try {
    input = JSON.parse(await readBody(req));
  } catch (error) {
    const message = error instanceof ApiError ? error.message : 'The request body is not valid JSON.';
    return send(res, error instanceof BodyTooLarge ? 413 : 400, failure('bad_request', message));
  }
  // The page that asked was left (the renderer aborts its fetch): a read not yet started is dropped.
  const left = new AbortController();
  res.on('close', () => res.writableFinished || left.abort());
  const outcome = await core.call(method, input, { signal: left.signal });
  if (!left.signal.aborted) send(res, outcome.ok ? 200 : statusFor[outcome.error.code], outcome);
}

/**
 * An attached file, always as a download: shown inline, an HTML or SVG "resume" would run as this
 * page. The desktop app opens files with the system's viewer instead.
 */
async function sendFile(core: CoreCalls, id: string, res: http.ServerResponse): Promise<void> {
  const located = await core.call('files.locate', { id });
  if (!located.ok) return send(res, 404, failure('not_found', 'This file does not exist or is in the trash.'));
  const file = located.result as { path: string; name: string };
  res.writeHead(200, {
    'Content-Type': 'application/octet-stream',
    'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    'Cache-Control': 'no-store',
  });
  fs.createReadStream(file.path).pipe(res);
}

/** A body past MAX_BODY_BYTES: answered 413 with a JSON error, like every other refusal. */
class BodyTooLarge extends ApiError {
  constructor() {
    super('bad_request', `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB, the most Shortlist takes in one call; nothing was changed.`);
  }
}

/** How much of a body too large is read (and dropped) so that its sender gets the answer: beyond it, the connection is cut. */
const MAX_DRAINED_BYTES = 8 * MAX_BODY_BYTES;

/**
 * Reads a call's body. One too large is read to its end without being kept, then refused: cut
 * off halfway, the sender would see a reset connection instead of the answer.
 */
function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      tooLarge ||= size > MAX_BODY_BYTES;
      if (!tooLarge) chunks.push(chunk);
      else if (size > MAX_DRAINED_BYTES) req.destroy();
    });
    req.on('end', () => (tooLarge ? reject(new BodyTooLarge()) : resolve(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

function failure(code: ErrorCode, message: string): Outcome<never> {
  return { ok: false, error: { code, message } };
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(json);
}
