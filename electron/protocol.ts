import fs from 'node:fs/promises';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../src/server/csp';
import { APP_SCHEME, contentTypeFor, rendererFile } from './app-url';

// The page runs under the same CSP as in the browser preview, and nothing is ever type-sniffed.
const HEADERS = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' };

/**
 * Must run before the app is ready. Standard and secure make app:// an origin like https (so
 * 'self' and the sender check mean something); supportFetchAPI lets Chromium load the
 * renderer's ES modules from it; codeCache keeps the next start fast. No bypassCSP, no CORS.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/**
 * Serves the built renderer, and nothing outside it, from app://shortlist/. The CSP is set here on
 * every response: webRequest's header hooks are not guaranteed to run for custom schemes.
 */
export function serveRenderer(root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = request.method === 'GET' ? rendererFile(request.url, root) : undefined;
    if (file === undefined) return notFound();
    try {
      const body = await fs.readFile(file);
      return new Response(body, { headers: { ...HEADERS, 'Content-Type': contentTypeFor(file) } });
    } catch {
      return notFound();
    }
  });
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: HEADERS });
}
