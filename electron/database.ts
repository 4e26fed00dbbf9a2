import path from 'node:path';
import { app, dialog } from 'electron';
import type { Outcome } from '../src/api/errors';
import { OpenError } from '../src/db/openError';
import type { CoreCalls } from '../src/host/calls';
import { CoreHost } from '../src/host/host';
import { DATABASE_FILE } from '../src/platform/paths';

/** Where scripts/electron-native.js builds better-sqlite3 for Electron, from the project root. */
export const DEV_NATIVE_BINDING = 'build/electron-native/node_modules/better-sqlite3/build/Release/better_sqlite3.node';
/** Where electron-builder.yml puts that build in an installed app, from its resources folder. */
export const PACKAGED_NATIVE_BINDING = 'native/better_sqlite3.node';

// node_modules keeps the Node build of better-sqlite3 for the tests and the CLI, so the app
// always names its own Electron build.
function nativeBinding(): string {
  return app.isPackaged
    ? path.join(process.resourcesPath, PACKAGED_NATIVE_BINDING)
    : path.join(app.getAppPath(), DEV_NATIVE_BINDING);
}

// Bundled, the core's worker is built beside this file (electron.vite.config.ts); run from source
// (the tests' stand-in for Electron), the host starts tsx's shim of it.
const workerEntry = import.meta.url.endsWith('.ts') ? undefined : path.join(import.meta.dirname, 'coreWorker.js');

/**
 * Starts the core on threads of its own over the recruiter's database, or says in a dialog why it
 * cannot and returns undefined. After a crash the window does not wait for the integrity check:
 * it runs as a task.
 */
export async function startCore(): Promise<CoreHost | undefined> {
  const file = path.join(app.getPath('userData'), DATABASE_FILE);
  try {
    return await CoreHost.start(file, { nativeBinding: nativeBinding(), workerEntry });
  } catch (error) {
    console.error(`[shortlist] could not open ${file}`, error);
    const detail =
      error instanceof OpenError
        ? `${error.message}\n\nThe file has not been changed. It is here:\n${file}`
        : `Shortlist could not open its database (${file}):\n${error instanceof Error ? error.message : String(error)}`;
    dialog.showErrorBox('Shortlist cannot open your data', detail);
    return undefined;
  }
}

const notStarted: Outcome<never> = {
  ok: false,
  error: { code: 'internal', message: 'Shortlist could not open its database; nothing was changed.' },
};

/** The core for the window while its threads start: each call waits for them, and is refused if they never do. */
export function callsOnceStarted(starting: Promise<CoreHost | undefined>): CoreCalls {
  return {
    async call(method, input, options) {
      const host = await starting;
      return host ? host.call(method, input, options) : notStarted;
    },
  };
}
