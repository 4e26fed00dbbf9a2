import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, screen } from 'electron';
import { APP_ENTRY_URL } from './app-url';
import { secureWebPreferences } from './policy';
import { MIN_SIZE, parseWindowState, placeWindow, type SavedWindow } from './window-state';

const STATE_FILE = 'window-state.json';

/** The app's window, where the recruiter left it, showing the app's own page. */
export function createMainWindow(preload: string): BrowserWindow {
  const stateFile = path.join(app.getPath('userData'), STATE_FILE);
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const place = placeWindow(readState(stateFile), workAreas, screen.getPrimaryDisplay().workArea);
  const window = new BrowserWindow({
    x: place.x,
    y: place.y,
    width: place.width,
    height: place.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Shortlist',
    // Shown once painted, so the recruiter never sees an empty white frame.
    show: false,
    webPreferences: secureWebPreferences(preload, !app.isPackaged),
  });
  if (place.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.webContents.on('will-prevent-unload', (event) => {
    if (askToCloseWithUnsavedChanges(window)) event.preventDefault();
  });
  window.on('close', () => saveState(stateFile, { ...window.getNormalBounds(), maximized: window.isMaximized() }));
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => console.error('[shortlist] the window could not load', error));
  return window;
}

/**
 * The page holds typed changes not saved (its beforeunload said so). Electron would keep the window
 * open without a word; ask instead. True when the recruiter chooses to close anyway.
 */
function askToCloseWithUnsavedChanges(window: BrowserWindow): boolean {
  const choice = dialog.showMessageBoxSync(window, {
    type: 'question',
    buttons: ['Keep editing', 'Close without saving'],
    defaultId: 0,
    cancelId: 0,
    message: 'Close Shortlist without saving?',
    detail: 'What you typed in the open form is not saved yet. Closing now would lose it.',
  });
  return choice === 1;
}

/** For a second launch of the app: show the window that is already open. */
export function bringToFront(window: BrowserWindow | undefined): void {
  if (window === undefined || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

function readState(file: string): SavedWindow | undefined {
  try {
    return parseWindowState(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function saveState(file: string, state: SavedWindow): void {
  try {
    fs.writeFileSync(file, JSON.stringify(state));
  } catch (error) {
    console.warn('[shortlist] could not remember where the window was', error);
  }
}
