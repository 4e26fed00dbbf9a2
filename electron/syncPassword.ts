import fs from 'node:fs';
import path from 'node:path';
import { app, safeStorage } from 'electron';
import type { Ok } from '../src/api/common';
import { ApiError } from '../src/api/errors';

/**
 * The recruiter's password on the agency server, encrypted with the operating system's keychain
 * (Electron's safeStorage: Keychain on macOS, DPAPI on Windows, the Secret Service on Linux) in
 * a file of the app's own. Never in the database, an export or a backup.
 */
const secretFile = () => path.join(app.getPath('userData'), 'agency-sync.secret');

/** `desktop.keepSyncPassword`: keeps the password (an empty one forgets it). */
export async function keepSyncPassword(password: string): Promise<Ok> {
  const file = secretFile();
  if (password === '') {
    await fs.promises.rm(file, { force: true });
    return { ok: true };
  }
  // Linux without a keychain falls back to a key written in the program: no better than plain text.
  if (!safeStorage.isEncryptionAvailable() || safeStorage.getSelectedStorageBackend?.() === 'basic_text') {
    throw new ApiError(
      'unsupported',
      'This computer has no keychain Shortlist can keep the password in. Ask your admin to set PGPASSWORD or ~/.pgpass instead.',
      'password',
    );
  }
  await fs.promises.writeFile(file, safeStorage.encryptString(password), { mode: 0o600 });
  return { ok: true };
}

/** The kept password, or undefined (then node-postgres reads PGPASSWORD or ~/.pgpass, like psql). */
export async function syncPassword(): Promise<string | undefined> {
  try {
    return safeStorage.decryptString(await fs.promises.readFile(secretFile()));
  } catch {
    return undefined;
  }
}
