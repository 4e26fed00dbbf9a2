import type { CsvDuplicateRow, CsvRejectedRow } from '../../api/csv';
import { ApiError } from '../../api/errors';
import type { Core } from '../../db/core';
import { explainFailure, logFailure } from '../../db/errors';
import { relaxDurability } from '../../db/durability';
import { catchUpSearchIndex } from '../../search/searchIndex';
import { verdictFor } from './check';
import { readRows, type CsvItem } from './rows';
import type { PreparedCsv } from './source';

/**
 * How long one chunk (one transaction) may hold the event loop: short enough that the window and
 * its progress calls are answered promptly, long enough that the cost of each commit hardly
 * counts. Rows cost from a few microseconds (a rejected row) to a fraction of a millisecond (a
 * new candidate and its search entry), so the number of rows per chunk follows the last chunk's pace.
 */
const CHUNK_MS = 100;
const MIN_ROWS_PER_CHUNK = 50;
const MAX_ROWS_PER_CHUNK = 5000;
/**
 * New records reach the search index in batches this large rather than a chunk at a time: FTS5
 * writes each catch-up as segments of its own and merges segments as they pile up, and a hundred
 * thousand rows indexed a chunk at a time cost about three times as much. A search made in
 * between catches the index up first, so it still finds every row imported so far.
 */
const SEARCH_BATCH_ROWS = 20_000;

export interface ImportTally {
  /** Always accepted + rejected + duplicates. */
  rowsRead: number;
  accepted: number;
  rejected: CsvRejectedRow[];
  duplicates: CsvDuplicateRow[];
  clientsCreated: number;
  /** Records that got a note keeping their row's other columns. */
  notesAdded: number;
  /** How far through the file, from 0 to 1. */
  fractionRead: number;
}

export const emptyTally = (): ImportTally => ({
  rowsRead: 0,
  accepted: 0,
  rejected: [],
  duplicates: [],
  clientsCreated: 0,
  notesAdded: 0,
  fractionRead: 0,
});

export interface ImportControl {
  /** Called after each chunk is committed. */
  onProgress?: (tally: ImportTally) => void;
  /** Asked between chunks; true stops the import there, keeping what was imported. */
  stopRequested?: () => boolean;
}

/**
 * A chunk failed for a reason that is no row's fault (the disk is full…): the chunks before it
 * stay imported. Its message says where it stopped, why, what was kept and what to do.
 */
export class ImportStopped extends Error {
  constructor(
    readonly line: number,
    readonly reason: unknown,
    readonly kept: ImportTally,
    database: string,
  ) {
    const why = explainFailure(reason, database, 'import') ?? 'Something went wrong inside Shortlist (the details are in the log).';
    const before =
      kept.rowsRead === 0
        ? 'Nothing was imported'
        : `The ${kept.rowsRead} rows before line ${line} are kept (${kept.accepted} accepted, ${kept.rejected.length} rejected, ${kept.duplicates.length} already on file)`;
    super(
      `The import stopped at line ${line}. ${why} ${before}; the rest of the file was not imported. ` +
        'Once that is fixed, import the file again: the rows already imported are then reported as already on file, not added twice.',
    );
  }
}

/** A row's write was refused after its checks passed: its chunk is done again, a savepoint per row. */
class RowRefused extends Error {}

/** The mapping must name the required fields before an import starts, so a file is never rejected row by row for it. */
export function assertImportable(csv: PreparedCsv): void {
  const problems = csv.mapping.problems();
  if (problems.length > 0) throw new ApiError('invalid_input', problems.join(' '), 'mapping');
}

/** Lets the event loop answer the window (and progress calls) between chunks. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Imports every row of a file: each row is accepted (created through its service), rejected with
 * its line and reason, or reported as a duplicate of a record on file, never created twice. Rows
 * are read as they are needed and written a chunk per transaction, yielding between chunks.
 */
export async function runImport(core: Core, csv: PreparedCsv, control: ImportControl = {}): Promise<ImportTally & { stopped: boolean }> {
  const restoreDurability = relaxDurability(core);
  try {
    return await importRows(core, csv, control);
  } finally {
    // However the import ended (done, cancelled, stopped by an error), what it wrote is searchable.
    try {
      core.db.transaction(() => catchUpSearchIndex(core)).immediate();
    } catch (error) {
      logFailure('the search index could not catch up after a CSV import; the next search will', error, core.file);
    }
    try {
      restoreDurability();
    } catch (error) {
      // The checkpoint at the end can fail as the import did (a full disk): the import's own error says it all.
      logFailure('the write-ahead log could not be copied into the database after a CSV import', error, core.file);
    }
  }
}

async function importRows(core: Core, csv: PreparedCsv, control: ImportControl): Promise<ImportTally & { stopped: boolean }> {
  const tally = emptyTally();
  const writeChunk = chunkWriter(core, csv);
  const rows = readRows(csv.text, csv.delimiter, csv.rowsFrom, csv.mapping.headers.length);
  let batch: CsvItem[] = [];
  let rowsPerChunk = MIN_ROWS_PER_CHUNK;
  let unindexed = 0;
  const commit = (last: boolean) => {
    if (batch.length > 0) {
      const started = performance.now();
      unindexed += batch.length;
      const index = unindexed >= SEARCH_BATCH_ROWS;
      if (index) unindexed = 0;
      let chunk;
      try {
        chunk = writeChunk(batch, index);
      } catch (error) {
        throw new ImportStopped(batch[0]!.line, error, { ...tally }, core.file);
      }
      const msPerRow = Math.max(performance.now() - started, 1) / batch.length;
      rowsPerChunk = Math.round(Math.min(MAX_ROWS_PER_CHUNK, Math.max(MIN_ROWS_PER_CHUNK, CHUNK_MS / msPerRow)));
      tally.rowsRead += batch.length;
      tally.accepted += chunk.accepted;
      tally.rejected.push(...chunk.rejected);
      tally.duplicates.push(...chunk.duplicates);
      tally.clientsCreated += chunk.clientsCreated;
      tally.notesAdded += chunk.notesAdded;
      batch = [];
    }
    // The parser reads ahead of the rows written, so only the end is the end.
    tally.fractionRead = last ? 1 : Math.min(rows.progress(), 0.999);
    control.onProgress?.(tally);
  };
  for (const item of rows.items) {
    batch.push(item);
    if (batch.length < rowsPerChunk) continue;
    commit(false);
    await nextTurn();
    if (control.stopRequested?.()) return { ...tally, stopped: true };
  }
  commit(true);
  return { ...tally, stopped: false };
}

type ChunkTally = Omit<ImportTally, 'rowsRead' | 'fractionRead'>;

/**
 * Writes a chunk of rows in one transaction. A write that breaks a rule only the service knows
 * (rare: the checks come first) must leave nothing of its row behind, so the chunk is then rolled
 * back and done again with a savepoint around each row, rather than paying for one on every row.
 * `index` brings the search index up to date in the same transaction.
 */
function chunkWriter(core: Core, csv: PreparedCsv): (items: CsvItem[], index: boolean) => ChunkTally {
  const writeInSavepoint = core.db.transaction((write: () => { noted: boolean }) => write());
  const importChunk = core.db.transaction((items: CsvItem[], index: boolean, savepoints: boolean) => {
    const chunk: ChunkTally = emptyTally();
    for (const item of items) {
      const verdict = verdictFor(core, csv, item);
      if (verdict.status === 'duplicate') {
        chunk.duplicates.push({ line: csv.lineOf(item.line), reason: verdict.reason, existing: verdict.existing });
      } else if (verdict.status === 'rejected') {
        chunk.rejected.push({ line: csv.lineOf(item.line), reason: verdict.reason });
      } else {
        let written;
        try {
          written = savepoints ? writeInSavepoint(verdict.write) : verdict.write();
        } catch (error) {
          // Anything but a broken rule is not the row's fault, and stops the import.
          if (!(error instanceof ApiError)) throw error;
          if (!savepoints) throw new RowRefused();
          chunk.rejected.push({ line: csv.lineOf(item.line), reason: error.message });
          continue;
        }
        chunk.accepted++;
        if (written.noted) chunk.notesAdded++;
        if (verdict.newClient !== null) chunk.clientsCreated++;
      }
    }
    if (index) catchUpSearchIndex(core);
    return chunk;
  });
  return (items, index) => {
    try {
      return importChunk.immediate(items, index, false);
    } catch (error) {
      if (error instanceof RowRefused) return importChunk.immediate(items, index, true);
      throw error;
    }
  };
}
