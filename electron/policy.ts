import type { WebPreferences } from 'electron';
import { isAppUrl } from './app-url';

/** The one IPC channel: the preload invokes it, the main process answers it with the core. */
export const CALL_CHANNEL = 'shortlist:call';
/** The page lets go of a read it no longer waits for (the recruiter left its page). */
export const DROP_CHANNEL = 'shortlist:drop';
/** The main process asks the page to open a record (a notification was clicked). */
export const OPEN_CHANNEL = 'shortlist:open';
/** The main process passes on a File menu command (export, import). */
export const MENU_CHANNEL = 'shortlist:menu';

/**
 * Every window's webPreferences: the page is a sandboxed web page without Node, and its only way
 * out is the preload's one function. Spelt out even where Electron's default agrees, so that a
 * changed default or a stray override cannot weaken a window unnoticed.
 */
export function secureWebPreferences(preload: string, devTools: boolean): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    plugins: false,
    enableWebSQL: false,
    safeDialogs: true,
    devTools,
  };
}

const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The URL to hand to the operating system, or undefined. Only web pages and e-mail: file:, smb:,
 * javascript: and the like can run programs or leak the recruiter's credentials. The parsed form
 * is what gets opened, so the OS never sees something this check did not.
 */
export function safeExternalUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (!EXTERNAL_PROTOCOLS.has(parsed.protocol)) return undefined;
  // https://bank.com@evil.example/ reads as the bank but goes to evil.example.
  if (parsed.protocol !== 'mailto:' && (parsed.username !== '' || parsed.password !== '')) return undefined;
  return parsed.href;
}

/** The part of Electron's WebFrameMain the sender check reads. */
export interface SenderFrame {
  url: string;
  parent: unknown;
}

/**
 * Whether an IPC message comes from the app's own page in its top frame. Any other frame (an
 * iframe, a page the window was tricked into loading, a frame already gone) is refused.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  return frame != null && frame.parent === null && isAppUrl(frame.url);
}

/**
 * The only powers the app's page gets: writing to the clipboard (a Copy button) and opening a
 * link that safeExternalUrl accepts. Desktop notifications are the main process's job, not the page's.
 */
export function allowsPermission(permission: string, requestingUrl: string, externalUrl?: string): boolean {
  if (!isAppUrl(requestingUrl)) return false;
  if (permission === 'clipboard-sanitized-write') return true;
  return permission === 'openExternal' && externalUrl !== undefined && safeExternalUrl(externalUrl) !== undefined;
}
