import type { Database } from 'better-sqlite3';
import { statement } from './statements';

/** Writes one of the database's own settings (device id, clock, clean close), whether or not it is there yet. */
export function setSetting(db: Database, key: string, value: string): void {
  statement(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    key,
    value,
  );
}

export function getSetting(db: Database, key: string): string | undefined {
  const row = statement(db, 'SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}
