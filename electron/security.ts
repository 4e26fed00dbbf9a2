import { shell, type Session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../src/server/csp';
import { APP_SCHEME, isAppUrl } from './app-url';
import { allowsPermission, safeExternalUrl } from './policy';

/** The session: only the permissions policy.ts allows, and the app's CSP on its pages. */
export function guardSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(allowsPermission(permission, details.requestingUrl, 'externalURL' in details ? details.externalURL : undefined));
  });
  // Chromium asks the check handler first and only then, if refused, the request handler.
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    allowsPermission(permission, requestingOrigin),
  );
  // The app:// handler sets this header itself; this covers the same pages should they pass through webRequest.
  session.webRequest.onHeadersReceived({ urls: [`${APP_SCHEME}://*/*`] }, (details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

/**
 * Every web contents, from the moment it exists: it never leaves the app's origin and never opens
 * a window. A link the recruiter clicks (a client's website, a contact's e-mail) opens outside
 * instead, if it is a safe kind of link.
 */
export function guardContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    openOutside(event.url);
  });
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
}

function openOutside(url: string): void {
  const safe = safeExternalUrl(url);
  if (safe === undefined) {
    console.warn(`[shortlist] refused to open ${url}`);
    return;
  }
  shell.openExternal(safe).catch((error: unknown) => console.error(`[shortlist] could not open ${safe}`, error));
}
