import path from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../api/errors';
import type { ImportSummary } from '../api/sharing';
import { removeOrphanCopies } from '../candidates/orphanCopies';
import type { Core } from '../db/core';
import { backupDatabase } from '../db/open';
import { listConflicts } from './conflicts';
import { checkTables, openExport, type ExportSource } from './exportFile';
import { likelyDuplicatesAmong } from './likelyDuplicates';
import { mergeFrom, restoreCopies } from './merge';
import { erasedCandidates } from './erase';
import { exportRows } from './mergeSource';
import { planImport, rememberImport, type ImportPlan } from './sinceLastImport';

/** How many backups taken before imports stay in backups/ (those before migrations are not counted). */
const IMPORT_BACKUPS = 5;

/** Rolls a preview's savepoint back once its summary is taken. */
class PreviewRollback extends Error {}

/**
 * `sharing.preview`: exactly what importing the file would do, and nothing done. The merge runs
 * for real in a savepoint inside the call's transaction, is summarised, and rolled back; files/
 * is left alone. A preview is the import itself, so the two can never tell different stories.
 */
export function previewImport(core: Core, file: string): ImportSummary {
  const source = openExport(file, core.nativeBinding, { whole: false });
  let summary: ImportSummary | undefined;
  try {
    core.db.transaction(() => {
      summary = summarise(core, source, planned(core, source), false, null);
      throw new PreviewRollback();
    })();
  } catch (error) {
    if (!(error instanceof PreviewRollback)) throw explained(error, source);
  } finally {
    source.db.close();
  }
  return summary!;
}

/**
 * `sharing.import`: merges a colleague's export into this database, after checking the file and
 * backing the database up, all in the call's one transaction: a refused file or a failed merge
 * leaves the database as it was.
 */
export function importExport(core: Core, file: string): ImportSummary {
  const source = openExport(file, core.nativeBinding, { whole: false });
  try {
    const plan = planned(core, source);
    // Copies a killed import (or attachment) left in files/ go first: the merge may name some of them again.
    removeOrphanCopies(core);
    // The newest few are kept: an erased candidate stays in older backups only until they are pruned.
    // An export that brings nothing new changes nothing worth a backup (only what this laptop remembers of it).
    // The call holds the write lock and has written nothing: the file is copied rather than rebuilt.
    const backupPath = plan.nothingNew
      ? null
      : backupDatabase(core.file, 'before-import', core.clock, { nativeBinding: core.nativeBinding, keep: IMPORT_BACKUPS, byCopy: core.db.inTransaction });
    return summarise(core, source, plan, true, backupPath);
  } catch (error) {
    throw explained(error, source);
  } finally {
    source.db.close();
  }
}

/** What of the export to read (what changed since the last import from its laptop), checked whole. */
function planned(core: Core, source: ExportSource): ImportPlan {
  const plan = planImport(core, source, erasedCandidates(core));
  checkTables(source, plan.rowsToMerge);
  return plan;
}

function summarise(core: Core, source: ExportSource, plan: ImportPlan, apply: boolean, backupPath: string | null): ImportSummary {
  const rows = exportRows(source, plan);
  const outcome = mergeFrom(core, rows);
  rememberImport(core, plan);
  // Erased people's copies leave files/ only after the call, if nothing uses them then (removeUnusedCopies).
  if (apply) restoreCopies(core, rows, outcome.copiesToRestore);
  const { header } = source;
  return {
    path: source.file,
    from: {
      deviceId: header.deviceId,
      deviceName: header.deviceName,
      person: header.person,
      exportedAt: header.exportedAt,
      schemaVersion: header.schemaVersion,
    },
    tables: outcome.tables,
    erased: outcome.erased,
    filesRestored: outcome.copiesToRestore.length,
    conflicts: listConflicts(core, outcome.conflictIds),
    likelyDuplicates: likelyDuplicatesAmong(core, outcome.candidates, outcome.addedCandidates),
    applied: apply,
    backupPath,
    clockAhead: outcome.clockAhead,
  };
}

/**
 * An export that turns out damaged past its integrity check, or whose rows break the database's
 * rules, was not made by Shortlist as it stands: say so, rather than "internal error". Damage
 * SQLite reports is the export's only if the export fails its check now; otherwise it is the
 * recruiter's own database, and the dispatcher says so (and stops writing to it).
 */
function explained(error: unknown, source: ExportSource): unknown {
  const corrupt = error instanceof Database.SqliteError && /^SQLITE_CORRUPT/.test(error.code);
  if (corrupt && !exportDamaged(source)) return error;
  if (error instanceof Database.SqliteError && /^SQLITE_(CONSTRAINT|CORRUPT)/.test(error.code)) {
    return new ApiError(
      'invalid_input',
      `${path.basename(source.file)} is damaged and cannot be imported: ${error.message}. Nothing was changed.`,
      'path',
    );
  }
  return error;
}

function exportDamaged(source: ExportSource): boolean {
  try {
    return source.db.pragma('quick_check', { simple: true }) !== 'ok';
  } catch {
    return true;
  }
}
