import fs from 'node:fs';
import { closeDatabase, openDatabase } from '../db/open';
import { call } from './call';

/** `shortlist export`: writes the database's .shortlist export, for a colleague to import. */
export async function exportDatabase(db: string, out: string, person: string | null): Promise<string[]> {
  // Exporting never creates a database: a mistyped --db should say so, not export nothing.
  if (!fs.existsSync(db)) throw new Error(`There is no database at ${db}.`);
  const core = await openDatabase(db);
  try {
    const summary = call(core, 'sharing.exportTo', { path: out, person });
    const { counts } = summary;
    return [
      `Exported ${summary.path} (${(summary.bytes / 1_000_000).toFixed(1)} MB, schema version ${summary.schemaVersion})`,
      `${counts.candidates} candidates, ${counts.clients} clients, ${counts.contacts} contacts, ${counts.jobs} jobs, ` +
        `${counts.submissions} submissions, ${counts.notes} notes, ${counts.reminders} reminders (the trash included)`,
      `${summary.files} attached files` + (summary.missingFiles > 0 ? `; ${summary.missingFiles} missing from files/ and left out` : ''),
    ];
  } finally {
    closeDatabase(core);
  }
}
