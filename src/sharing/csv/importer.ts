import type { CsvDuplicateRow, CsvRejectedRow } from '../../api/csv';
import { ApiError } from '../../api/errors';
import type { Core } from '../../db/core';
import { explainFailure, logFailure } from '../../db/errors';
import { relaxDurability } from '../../db/durability';
import { stampsStoredOnce } from '../../db/records';
import { catchUpSearchIndex, widenSearchBuffer } from '../../search/searchIndex';
import { catchUpBetweenCalls, nextTurn } from './searchCatchUp';
import { settle, type CheckedItem } from './check';
import { checkpointsAside, type Checkpoints } from './checkpointer';
import { checkedRows, type CheckedRows, type ReadingThread } from './checkedRows';
import type { Kept } from './kept';
import type { PreparedCsv } from './source';

/**
 * How long one chunk (one transaction) may run. Every commit writes out each page the chunk
 * changed, and a new candidate's lookup keys land on pages all over their index (emails, phones,
 * names are in no order), so a chunk of a few hundred rows writes nearly as many pages as one of
 * thousands: 100,000 rows written 250 to a transaction wrote 2.6 GB, 5,000 to one 921 MB. So
 * a chunk runs long when nothing waits for the connection, and ends after the row it is on when
 * a call does (ImportControl.callsWaiting). Without that signal, another call on the same thread
 * waits for the chunk to end, and chunks stay short. Even long, a chunk ends well inside the
 * 5 s another program (the app beside the CLI) waits for the database before giving up.
 */
const CHUNK_MS = 3000;
const SHORT_CHUNK_MS = 100;
/**
 * 20,000 rows wrote a quarter less (650 MB for 100,000 rows, against 921), but a call that ends
 * a chunk waits for its commit: a write made in the window waited 320 ms at the median and up to
 * 1.6 s behind chunks of 20,000 rows, 20–50 ms and up to 0.2–0.4 s behind chunks of 5,000.
 */
const MAX_ROWS_PER_CHUNK = 5000;
/**
 * New records reach the search index in batches this large rather than a chunk at a time: FTS5
 * writes each catch-up as segments of its own and merges segments as they pile up, and a hundred
 * thousand rows indexed a chunk at a time cost about three times as much. In between, the rows
 * committed are in the tables but not yet in the index. A search made on the writer's connection
 * catches the index up first; one made on a read connection (where the app's reads run while the
 * import writes) cannot, so its words find only the rows indexed so far, while what it reads from
 * the tables (a skill's, tag's, source's or owner's candidates; pageDriver.ts narrows a skill by
 * its words only once nothing waits to be indexed) finds every row committed. A batch is caught
 * up between chunks, in transactions of its own that a waiting call ends (catchUpBetweenCalls).
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
  /** Tags from a tags column that no record carried before the import, in the order met. */
  tagsCreated: string[];
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
  tagsCreated: [],
  fractionRead: 0,
});

export interface ImportControl {
  /** Called after each chunk is committed. */
  onProgress?: (tally: ImportTally) => void;
  /** Asked between chunks; true stops the import there, keeping what was imported. */
  stopRequested?: () => boolean;
  /**
   * Asked between rows: whether a call is waiting for this connection, which then ends the chunk
   * at once, so chunks may be long. `null`: calls may come on this connection but none can be
   * seen waiting (no host around the core), so chunks stay short. Left out: nothing else uses the
   * connection while the import runs (the CLI, the benchmark).
   */
  callsWaiting?: (() => boolean) | null;
  /** Where the rows are read and checked: on a thread of their own for a large file, unless told. */
  readingThread?: ReadingThread;
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

/**
 * The writer's page cache while an import runs: 64 MB rather than the 16 MB better-sqlite3 gives
 * a connection. A chunk changes pages all over the indexes of lookup keys and names; in 16 MB
 * they fall out of the cache before the chunk commits (written to the log early, read in again),
 * which cost about 2 s of the writer's CPU in importing 100,000 candidates. Only for the import,
 * and given back after it: the app keeps three connections open (the writer, two readers), each
 * with a cache of its own.
 */
const IMPORT_CACHE_KIB = 64 * 1024;

/** Widens the writer's page cache for an import; returns what gives it back. */
export function widenImportCache(core: Core): () => void {
  const before = core.db.pragma('cache_size', { simple: true }) as number;
  core.db.pragma(`cache_size = -${IMPORT_CACHE_KIB}`);
  return () => core.db.pragma(`cache_size = ${before}`);
}

export { nextTurn };

/**
 * Imports every row of a file: each row is accepted (created through its service), rejected with
 * its line and reason, or reported as a duplicate of a record on file, never created twice. Rows
 * are read as they are needed and written a chunk per transaction, yielding between chunks.
 */
export async function runImport(core: Core, csv: PreparedCsv, control: ImportControl = {}): Promise<ImportTally & { stopped: boolean }> {
  const restoreDurability = relaxDurability(core);
  const restoreCache = widenImportCache(core);
  let restoreSearchBuffer = () => {};
  let checkpoints: Checkpoints | null = null;
  try {
    restoreSearchBuffer = widenSearchBuffer(core);
    checkpoints = checkpointsAside(core);
    return await importRows(core, csv, control, checkpoints);
  } finally {
    // However the import ended (done, cancelled, stopped by an error), what it wrote is searchable:
    // caught up letting calls in, and if that fails, in one go (or by the next search). With
    // nothing left queued, the one go only looks at the empty queue.
    try {
      await catchUpBetweenCalls(core, callsWaitingOf(control), chunkMsOf(control));
    } catch (error) {
      logFailure('the search index could not catch up between calls after a CSV import; it catches up in one go', error, core.file);
    }
    try {
      core.db.transaction(() => catchUpSearchIndex(core)).immediate();
    } catch (error) {
      logFailure('the search index could not catch up after a CSV import; the next search will', error, core.file);
    }
    await checkpoints?.end();
    try {
      restoreDurability();
    } catch (error) {
      // The checkpoint at the end can fail as the import did (a full disk): the import's own error says it all.
      logFailure('the write-ahead log could not be copied into the database after a CSV import', error, core.file);
    }
    try {
      restoreSearchBuffer();
    } catch (error) {
      // Left at 64 MB, a large write only holds more in memory before FTS5 writes it out.
      logFailure('the search index’s buffer could not be put back after a CSV import', error, core.file);
    }
    restoreCache();
  }
}

async function importRows(core: Core, csv: PreparedCsv, control: ImportControl, checkpoints: Checkpoints): Promise<ImportTally & { stopped: boolean }> {
  const rows = await checkedRows(csv, control.readingThread);
  try {
    return await writeRows(core, csv, rows, control, checkpoints);
  } finally {
    await rows.close();
  }
}

/** How long a transaction of the import may run: short when calls may come but cannot be seen waiting. */
const chunkMsOf = (control: ImportControl) => (control.callsWaiting === null ? SHORT_CHUNK_MS : CHUNK_MS);
const callsWaitingOf = (control: ImportControl) => control.callsWaiting ?? (() => false);

async function writeRows(
  core: Core,
  csv: PreparedCsv,
  rows: CheckedRows,
  control: ImportControl,
  checkpoints: Checkpoints,
): Promise<ImportTally & { stopped: boolean }> {
  const tally = emptyTally();
  const writeChunk = chunkWriter(core, csv);
  const chunkMs = chunkMsOf(control);
  const callsWaiting = callsWaitingOf(control);
  let unindexed = 0;
  for (;;) {
    // A chunk begins once its first row is ready: waiting for the reader inside it would hold the writer's lock.
    await rows.ready();
    const first = rows.next(() => true);
    if (!first) break;
    try {
      if (unindexed >= SEARCH_BATCH_ROWS) {
        await catchUpBetweenCalls(core, callsWaiting, chunkMs);
        unindexed = 0;
      }
    } catch (error) {
      throw new ImportStopped(csv.lineOf(first.line), error, { ...tally }, core.file);
    }
    const chunk = new ChunkRows(rows, first, chunkMs, callsWaiting);
    let written;
    try {
      written = writeChunk(chunk);
    } catch (error) {
      throw new ImportStopped(csv.lineOf(first.line), error, { ...tally }, core.file);
    }
    unindexed += chunk.taken.length;
    tally.rowsRead += chunk.taken.length;
    tally.accepted += written.accepted;
    tally.rejected.push(...written.rejected);
    tally.duplicates.push(...written.duplicates);
    tally.clientsCreated += written.clientsCreated;
    tally.notesAdded += written.notesAdded;
    tally.tagsCreated.push(...written.tagsCreated);
    // The parser reads ahead of the rows written, so only the end is the end.
    tally.fractionRead = chunk.endOfFile ? 1 : Math.min(rows.progress(), 0.999);
    control.onProgress?.(tally);
    if (chunk.endOfFile) break;
    await checkpoints.afterChunk(chunk.taken.length);
    await nextTurn();
    if (control.stopRequested?.()) return { ...tally, stopped: true };
  }
  if (tally.fractionRead < 1) {
    tally.fractionRead = 1;
    control.onProgress?.(tally);
  }
  return { ...tally, stopped: false };
}

/**
 * The rows of one chunk, taken as the chunk goes: it takes the next row while it is short of its
 * time and size and no call is waiting (waiting that long for the reader, if it is behind). A
 * chunk done again has the same rows.
 */
class ChunkRows {
  readonly taken: CheckedItem[];
  endOfFile = false;
  private readonly started = performance.now();

  constructor(
    private readonly rows: CheckedRows,
    first: CheckedItem,
    private readonly ms: number,
    private readonly callsWaiting: () => boolean,
  ) {
    this.taken = [first];
  }

  /** The chunk's row at `index`, or undefined where the chunk ends. */
  at(index: number): CheckedItem | undefined {
    if (index < this.taken.length) return this.taken[index];
    if (this.endOfFile || this.taken.length >= MAX_ROWS_PER_CHUNK || !this.goesOn()) return undefined;
    const next = this.rows.next(this.goesOn);
    if (next === null) this.endOfFile = true;
    if (!next) return undefined;
    this.taken.push(next);
    return next;
  }

  private readonly goesOn = () => !this.callsWaiting() && performance.now() - this.started < this.ms;
}

type ChunkTally = Omit<ImportTally, 'rowsRead' | 'fractionRead'>;

/**
 * Writes a chunk of rows in one transaction, the clock stamped in memory and stored once. A write
 * that breaks a rule only the service knows (rare: the checks come first) must leave nothing of
 * its row behind, so the chunk is then rolled back and done again with a savepoint around each
 * row, rather than paying for one on every row.
 */
function chunkWriter(core: Core, csv: PreparedCsv): (rows: ChunkRows) => ChunkTally {
  const writeInSavepoint = core.db.transaction((write: () => Kept) => write());
  const importChunk = core.db.transaction((rows: ChunkRows, savepoints: boolean) => {
    const chunk: ChunkTally = emptyTally();
    stampsStoredOnce(core, () => {
      for (let index = 0, item = rows.at(0); item !== undefined; item = rows.at(++index)) {
        const verdict = settle(core, csv, item);
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
          chunk.tagsCreated.push(...written.newTags);
          if (verdict.newClient !== null) chunk.clientsCreated++;
        }
      }
    });
    return chunk;
  });
  return (rows) => {
    try {
      return importChunk.immediate(rows, false);
    } catch (error) {
      if (error instanceof RowRefused) return importChunk.immediate(rows, true);
      throw error;
    }
  };
}
