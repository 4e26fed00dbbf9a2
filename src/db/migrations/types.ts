import type { Database } from 'better-sqlite3';

/** One numbered schema change. Applied inside the migration transaction; never edited once released. */
export interface Migration {
  version: number;
  name: string;
  /**
   * It changes what an export carries: an exported table's columns or constraints, or what their
   * values mean. An export says the version of the last such migration, so a colleague whose
   * Shortlist has it reads the export whole (src/sharing/exportFile.ts).
   */
  changesExports?: true;
  up(db: Database): void;
}
