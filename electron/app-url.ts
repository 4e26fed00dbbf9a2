import path from 'node:path';

/**
 * The app's pages come from app://shortlist/, not file://. A file:// page may read any file the
 * recruiter can (Electron's security checklist: prefer custom protocols to file://); this origin
 * serves only the built renderer, and as a standard scheme it gives the page a real origin for
 * its CSP ('self') and for the IPC sender check.
 */
export const APP_SCHEME = 'app';
const APP_HOST = 'shortlist';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/`;

// With nosniff, a file is only ever what its extension says; anything else is inert bytes.
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Whether a URL is on the app's own origin. Parsed, never prefix-matched: app://shortlist.evil is not. */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === ''
  );
}

/** The file under `root` that an app:// URL names, or undefined if it names anything outside it. */
export function rendererFile(url: string, root: string): string | undefined {
  if (!isAppUrl(url)) return undefined;
  let pathname: string;
  try {
    // Decoded here, so %2e%2e%2f and %5c reach the containment check below as the dots and slashes they are.
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return undefined;
  }
  if (pathname.includes('\0')) return undefined;
  const file = path.resolve(root, `.${pathname === '/' || pathname === '' ? '/index.html' : pathname}`);
  const relative = path.relative(root, file);
  if (relative === '' || relative.split(path.sep)[0] === '..' || path.isAbsolute(relative)) return undefined;
  return file;
}

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}
