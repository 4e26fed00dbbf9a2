import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { latestVersion, migrations } from '../../src/db/migrations';
import { EXPORTED_SCHEMA_VERSION, exportedTables } from '../../src/sharing/exportFile';

/** The CREATE statements of the tables an export carries, in a new database migrated up to `version`. */
function exportedShape(version: number): Record<string, string> {
  const db = new Database(':memory:');
  try {
    db.transaction(() => migrations.filter((m) => m.version <= version).forEach((m) => m.up(db)))();
    const sqlOf = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?").pluck();
    return Object.fromEntries(exportedTables.map((table) => [table, String(sqlOf.get(table))]));
  } finally {
    db.close();
  }
}

describe('the schema version an export says it has', () => {
  it('is the last migration that changed an exported table, so older colleagues read our exports', () => {
    const versionBefore = migrations.filter((m) => m.version < EXPORTED_SCHEMA_VERSION).at(-1)!.version;
    expect(EXPORTED_SCHEMA_VERSION).toBeLessThanOrEqual(latestVersion);
    expect(exportedShape(EXPORTED_SCHEMA_VERSION)).toEqual(exportedShape(latestVersion));
    expect(exportedShape(versionBefore)).not.toEqual(exportedShape(latestVersion));
  });
});
