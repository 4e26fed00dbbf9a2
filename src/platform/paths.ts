import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Shortlist';
export const DATABASE_FILE = 'shortlist.db';

/**
 * The app's data folder, by the same rules as Electron's `userData` for an app named Shortlist.
 * The desktop app sets its userData to this, so the CLI and the preview find the same file.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = os.homedir();
  const appData =
    platform === 'win32'
      ? (env.APPDATA ?? path.join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? path.join(home, '.config'));
  return path.join(appData, APP_NAME);
}

export function defaultDatabasePath(): string {
  return path.join(defaultDataDir(), DATABASE_FILE);
}
