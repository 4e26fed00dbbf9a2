import fs from 'node:fs';
import type { ImportSummary } from '../api/sharing';
import { closeDatabase, openDatabase } from '../db/open';
import { openExport } from '../sharing/exportFile';
import { withTaskProgress } from '../tasks/progress';
import { call } from './call';
import { taskBar } from './progress';

/**
 * `shortlist import`: merges a colleague's export into the database and says what changed; with
 * --dry-run, says what would change and changes nothing.
 */
export async function importFrom(db: string, file: string, dryRun: boolean): Promise<string[]> {
  // Importing never creates a database: a mistyped --db should say so, not import into a new empty one.
  if (!fs.existsSync(db)) throw new Error(`There is no database at ${db}. Check --db, or create an empty one with \`shortlist init --db ${db}\`.`);
  // The file is checked before the database is opened (which marks it in use): a refused file
  // leaves the database byte for byte as it was. The import checks it again, as every caller's.
  openExport(file).db.close();
  const core = await openDatabase(db);
  try {
    const bar = taskBar();
    const summary = withTaskProgress(core, bar, () => call(core, dryRun ? 'sharing.preview' : 'sharing.import', { path: file }));
    bar.report(1, dryRun ? 'Read' : 'Merged');
    const lines = describeImport(summary);
    // Erased candidates' copies leave files/ after the call, in the background.
    await core.background.settled();
    return lines;
  } finally {
    closeDatabase(core);
  }
}

const quoted = (value: string | null) => (value === null ? 'empty' : `“${value}”`);

export function describeImport(summary: ImportSummary): string[] {
  const { from } = summary;
  const lines = [
    summary.applied
      ? `Imported ${summary.path}`
      : `Dry run: nothing was changed. Importing ${summary.path} would do the following.`,
    `Exported by ${from.person ? `${from.person} on ` : ''}${from.deviceName} at ${from.exportedAt} (schema version ${from.schemaVersion})`,
  ];
  if (summary.backupPath) lines.push(`Backup taken before the import: ${summary.backupPath}`);
  return [...lines, ...describeMerge(summary, 'Nothing new: this database already has everything in the export.')];
}

/** What a merge did, as an import and a sync both print it. */
export function describeMerge(summary: Omit<ImportSummary, 'path' | 'from' | 'applied' | 'backupPath'>, nothingNew: string): string[] {
  const lines: string[] = [];
  if (summary.tables.length === 0 && summary.erased === 0) lines.push(nothingNew);
  for (const { table, added, updated, deleted } of summary.tables) {
    lines.push(`  ${table}: ${added} added, ${updated} updated, ${deleted} deleted`);
  }
  if (summary.erased > 0) lines.push(`Erased at the candidate's request (GDPR): ${summary.erased} candidates`);
  if (summary.filesRestored > 0) lines.push(`Attached files restored: ${summary.filesRestored}`);
  if (summary.clockAhead) lines.push(`Clock far off: ${summary.clockAhead.message}`);
  lines.push(`Conflicts: ${summary.conflicts.length}${summary.conflicts.length > 0 ? ' (review them in the app)' : ''}`);
  for (const c of summary.conflicts) {
    const [kept, other] = c.current === 'local' ? [c.local, c.incoming] : [c.incoming, c.local];
    lines.push(
      `  ${c.recordName}: ${c.fieldLabel}: kept ${quoted(kept.value)} (${kept.device}, ${kept.at}) over ${quoted(other.value)} (${other.device}, ${other.at})`,
    );
  }
  lines.push(`Likely duplicates: ${summary.likelyDuplicates.length}`);
  for (const { candidates: [a, b], matchedOn } of summary.likelyDuplicates) {
    lines.push(`  ${a.name} and ${b.name} (same ${matchedOn.map((m) => m.replace(/_/g, ' ')).join(', ')})`);
  }
  return lines;
}
