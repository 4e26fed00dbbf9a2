import path from 'node:path';
import { app, BrowserWindow, dialog, session } from 'electron';
import { BackupSchedule } from '../src/host/backupSchedule';
import { SyncLoop, withAgencySync } from '../src/sync/loop';
import { defaultDataDir } from '../src/platform/paths';
import { callsOnceStarted, startCore } from './database';
import { serveContract } from './ipc';
import { installMenu } from './menu';
import { startNotifier } from './notifier';
import { registerAppScheme, serveRenderer } from './protocol';
import { closeCoreAtQuit } from './quit';
import { guardContents, guardSession } from './security';
import { syncPassword } from './syncPassword';
import { bringToFront, createMainWindow } from './window';

const PRELOAD = path.join(import.meta.dirname, '../preload/index.cjs');
const RENDERER = path.join(import.meta.dirname, '../renderer');

// The CLI and the preview look in the same folder, so all three find the same database. Set
// before the single-instance lock, which is held per userData folder.
app.setPath('userData', defaultDataDir());
registerAppScheme();
app.on('web-contents-created', (_event, contents) => guardContents(contents));

let mainWindow: BrowserWindow | undefined;

if (app.requestSingleInstanceLock()) {
  app.on('second-instance', () => bringToFront(mainWindow));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('[shortlist] could not start', error);
      dialog.showErrorBox('Shortlist could not start', error instanceof Error ? error.message : String(error));
      app.quit();
    });
} else {
  // Another Shortlist is running with this database: its second-instance handler brings it to the
  // front, and this one leaves.
  app.quit();
}

async function start(): Promise<void> {
  guardSession(session.defaultSession);
  serveRenderer(RENDERER);
  // The window shows at once, even after a crash or before a migration; calls wait for the core's
  // threads to open the database.
  const starting = startCore();
  const core = callsOnceStarted(starting);
  // Agency sync talks to the network from here; what it brings is merged on the core's writer.
  const sync = new SyncLoop(core, { password: syncPassword });
  serveContract(withAgencySync(core, sync));
  installMenu();
  mainWindow = createMainWindow(PRELOAD);
  const stopNotifier = startNotifier(core, () => mainWindow);
  sync.start();
  app.on('browser-window-focus', () => sync.onFocus());
  const backups = starting.then((host) => host && new BackupSchedule(host));
  closeCoreAtQuit(starting, backups, () => {
    stopNotifier();
    sync.stop();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow(PRELOAD);
  });
  if ((await starting) === undefined) app.quit();
}
