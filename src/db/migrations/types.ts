import type { Database } from 'better-sqlite3';

/** One numbered schema change. Applied inside the migration transaction; never edited once released. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
