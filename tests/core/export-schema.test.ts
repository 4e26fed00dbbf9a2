import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../src/db/migrations';
import { exportedTables } from '../../src/sharing/exportFile';

/** The CREATE statements of the tables an export carries, in `db` as it is now. */
const exportedShape = (db: Database.Database) =>
  exportedTables.map((table) => db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?").pluck().get(table) ?? null);

describe('the schema version an export says it has', () => {
  it('moves only with a migration marked as changing exports: every other leaves the exported tables as they were', () => {
    const db = new Database(':memory:');
    const unmarkedChanges: string[] = [];
    for (const migration of migrations) {
      const before = exportedShape(db);
      migration.up(db);
      if (!migration.changesExports && JSON.stringify(exportedShape(db)) !== JSON.stringify(before)) {
        unmarkedChanges.push(`${migration.version} ${migration.name}`);
      }
    }
    db.close();
    // Unmarked, a colleague one version behind would be told the export is theirs to read, and miss what it changed.
    expect(unmarkedChanges).toEqual([]);
  });
});
