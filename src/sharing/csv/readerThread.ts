import type { MessagePort } from 'node:worker_threads';
import type { CsvDelimiter, CsvKind, CsvTarget } from '../../api/csv';
import { checkItem, type CheckedItem } from './check';
import { Mapping } from './mapping';
import { pack, type Packed } from './packing';
import { CsvReader, type Cursor } from './rows';

/** What the thread that reads and checks a file's rows is started with (workerData): plain data. */
export interface ReaderSetup {
  role: 'csv-reader';
  text: string;
  delimiter: CsvDelimiter;
  rowsFrom: Cursor;
  kind: CsvKind;
  headers: readonly string[];
  fields: readonly (CsvTarget | null)[];
  /** Where the batches go: the writer takes them from it without waiting for its event loop (receiveMessageOnPort). */
  port: MessagePort;
  /** Int32s at POSTED and TAKEN: batches posted by this thread, and taken by the writer. */
  shared: SharedArrayBuffer;
}

export const POSTED = 0;
export const TAKEN = 1;

/** The thread's messages, in file order: batches of rows, then the end (or why it stopped). */
export type FromReader = { type: 'rows'; rows: Packed; progress: number } | { type: 'end' } | { type: 'failed'; message: string };

/** Rows per message: few enough that the writer soon has the first, many enough that a message costs little per row. */
const BATCH_ROWS = 500;
/**
 * Batches posted and not yet taken by the writer, at most: a file read much faster than it is
 * written waits here rather than in memory (2,000 rows are about 2 MB).
 */
const AHEAD_BATCHES = 40;

/**
 * The reading half of an import, on a thread of its own: reads the file's rows, maps them and
 * checks each by the form's rules (checkItem), and posts them in batches, while the writer's
 * thread only settles and writes them (checkedRows.ts). It never touches the database.
 */
export function runCsvReader(setup: ReaderSetup): void {
  const { port, text, delimiter } = setup;
  const counts = new Int32Array(setup.shared);
  const post = (message: FromReader) => {
    port.postMessage(message, message.type === 'rows' ? [message.rows.shape.buffer] : []);
    Atomics.add(counts, POSTED, 1);
    Atomics.notify(counts, POSTED);
  };
  try {
    const mapping = new Mapping(setup.kind, setup.headers, setup.fields);
    const reader = new CsvReader(text, delimiter, setup.headers.length, setup.rowsFrom);
    let batch: CheckedItem[] = [];
    for (let item = reader.next(); item; item = reader.next()) {
      batch.push(checkItem(mapping, delimiter, item));
      if (batch.length < BATCH_ROWS) continue;
      post({ type: 'rows', rows: pack(batch), progress: reader.offset / text.length });
      batch = [];
      waitForWriter(counts);
    }
    if (batch.length > 0) post({ type: 'rows', rows: pack(batch), progress: 1 });
    post({ type: 'end' });
  } catch (error) {
    console.error('[shortlist] reading a CSV file on its own thread failed:', error);
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
  // The thread lives until the writer has taken every message: a port closed by its thread's end could lose them.
  waitForWriter(counts, 1);
}

/** Waits while the writer has `ahead` messages or more to take; the timeout lets the writer's terminate() through. */
function waitForWriter(counts: Int32Array, ahead = AHEAD_BATCHES): void {
  for (;;) {
    const taken = Atomics.load(counts, TAKEN);
    if (Atomics.load(counts, POSTED) - taken < ahead) return;
    Atomics.wait(counts, TAKEN, taken, 200);
  }
}
