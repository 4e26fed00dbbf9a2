import Database from 'better-sqlite3';
import { systemClock } from './clock';
import { coreOver, type Core } from './core';
import { Hlc } from './hlc';
import { keepTemporariesInMemory } from './open';
import { getSetting } from './settings';

export interface ReaderOptions {
  nativeBinding?: string;
  timeZone?: string;
}

/**
 * A read-only connection to a database the writer has already opened (and migrated): it answers
 * from the last commit while the writer works (WAL), and SQLite refuses it any write, so a method
 * marked `read` that tried one would fail loudly instead of racing the writer.
 */
export function openReader(file: string, options: ReaderOptions = {}): Core {
  const db = new Database(file, { nativeBinding: options.nativeBinding, readonly: true, fileMustExist: true, timeout: 5000 });
  keepTemporariesInMemory(db);
  const deviceId = getSetting(db, 'device_id') ?? '';
  return coreOver(db, {
    file,
    clock: systemClock,
    hlc: new Hlc(systemClock, deviceId),
    deviceId,
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    timeZone: options.timeZone,
    nativeBinding: options.nativeBinding,
  });
}
