import fs from 'node:fs';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { defaultWorkerEntry } from '../../host/options';
import { checkItem, type CheckedItem } from './check';
import { unpack } from './packing';
import { POSTED, TAKEN, type FromReader, type ReaderSetup } from './readerThread';
import { CsvReader, readRows, type CsvItem, type Cursor } from './rows';
import type { PreparedCsv } from './source';

/**
 * A file's rows, read and checked by the form's rules, in file order, for the writer to settle
 * and write. `next` gives the next row, null at the end of the file, or undefined when none is
 * ready yet and `keepWaiting` says not to wait longer; `ready` resolves once one is (or the end).
 */
export interface CheckedRows {
  next(keepWaiting: () => boolean): CheckedItem | null | undefined;
  ready(): Promise<void>;
  /** How far through the file the rows handed out so far reach, from 0 to 1. */
  progress(): number;
  close(): Promise<void>;
}

/**
 * Below this many characters of rows a file is read and checked on the writer's thread: a thread
 * of its own takes a moment to start (loading the core's code), which a few thousand rows never
 * win back.
 */
const OWN_THREAD_FROM_CHARS = 1_000_000;

/** Whether the rows are read on a thread of their own: by their size, unless told (the tests compare both ways). */
export type ReadingThread = 'by-size' | 'own' | 'writer';

/**
 * The rows of a prepared file. A large file is read and checked on a thread of its own, beside
 * the writing: reading, mapping and checking each row by the form's rules (zod) was a third of a
 * 100,000-row import's time on the one thread.
 */
export async function checkedRows(csv: PreparedCsv, where: ReadingThread = 'by-size'): Promise<CheckedRows> {
  const own = where === 'own' || (where === 'by-size' && csv.text.length - csv.rowsFrom.offset >= OWN_THREAD_FROM_CHARS);
  if (!own) return writerRows(csv);
  const entry = await threadEntry();
  // Code bundled on its own (a test's child process) has no core script beside it: it reads on the writer's thread.
  if (!fs.existsSync(entry)) return writerRows(csv);
  const head = headRows(csv);
  try {
    return new HeadThenThread(head, new ThreadRows(entry, csv, head.after), csv);
  } catch (error) {
    // No thread to be had (the system's limit): slower, but the same import.
    console.error('[shortlist] a CSV file is read on the writer’s thread: no thread of its own could be started', error);
    return writerRows(csv);
  }
}

function writerRows(csv: PreparedCsv): CheckedRows {
  const rows = readRows(csv.text, csv.delimiter, csv.rowsFrom, csv.mapping.headers.length);
  const items = rows.items[Symbol.iterator]();
  return {
    next() {
      const item = items.next();
      return item.done ? null : checkItem(csv.mapping, csv.delimiter, item.value);
    },
    ready: () => Promise.resolve(),
    progress: rows.progress,
    close: () => Promise.resolve(),
  };
}

/**
 * The characters of rows the writer reads and checks itself while the reader's thread starts, at
 * most half the file. The thread first loads the core's code, about a second in which the writer
 * had nothing to write: a megabyte of rows (4,000 of bench/candidates-100000.csv) takes the writer
 * about as long, and the thread reads on from where they end.
 */
const HEAD_CHARS = 1_000_000;

/** The first rows of the file, found (not yet checked) before the thread starts, and where they end. */
function headRows(csv: PreparedCsv): { items: CsvItem[]; ends: number[]; after: Cursor } {
  const reader = new CsvReader(csv.text, csv.delimiter, csv.mapping.headers.length, csv.rowsFrom);
  const until = csv.rowsFrom.offset + Math.min(HEAD_CHARS, (csv.text.length - csv.rowsFrom.offset) / 2);
  const items: CsvItem[] = [];
  const ends: number[] = [];
  for (let item = reader.offset < until ? reader.next() : null; item; item = reader.offset < until ? reader.next() : null) {
    items.push(item);
    ends.push(reader.offset);
  }
  return { items, ends, after: { offset: reader.offset, line: reader.line } };
}

/** The head's rows, checked on the writer's thread as they are taken, then the thread's. */
class HeadThenThread implements CheckedRows {
  private at = 0;

  constructor(
    private readonly head: { items: CsvItem[]; ends: number[] },
    private readonly thread: ThreadRows,
    private readonly csv: PreparedCsv,
  ) {}

  next(keepWaiting: () => boolean): CheckedItem | null | undefined {
    const item = this.head.items[this.at];
    if (item === undefined) return this.thread.next(keepWaiting);
    this.at++;
    return checkItem(this.csv.mapping, this.csv.delimiter, item);
  }

  ready(): Promise<void> {
    return this.at < this.head.items.length ? Promise.resolve() : this.thread.ready();
  }

  progress(): number {
    // Until the thread's first rows are taken, it says 0: the head's end is as far as it has got.
    const headDone = this.at === 0 ? 0 : this.head.ends[this.at - 1]! / this.csv.text.length;
    return this.at < this.head.items.length ? headDone : Math.max(headDone, this.thread.progress());
  }

  close(): Promise<void> {
    return this.thread.close();
  }
}

let ownEntry: string | undefined;

/**
 * A thread of the core names its own script (src/host/worker.ts as built or bundled), which also
 * runs the reader (role 'csv-reader'); elsewhere (the CLI, the tests) the one built for source.
 */
export function useThreadEntry(entry: string): void {
  ownEntry = entry;
}

export async function threadEntry(): Promise<string> {
  return (ownEntry ??= await defaultWorkerEntry());
}

/** How long the writer sleeps at a time while it waits for the reader between chunks. */
const POLL_MS = 2;

/** The rows as the reader's thread (readerThread.ts) posts them, taken without waiting for this thread's event loop. */
class ThreadRows implements CheckedRows {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly counts: Int32Array;
  private batch: CheckedItem[] = [];
  private at = 0;
  private ended = false;
  private fraction = 0;
  private failure: Error | null = null;

  constructor(entry: string, csv: PreparedCsv, from: Cursor) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    const shared = new SharedArrayBuffer(8);
    this.counts = new Int32Array(shared);
    const setup: ReaderSetup = {
      role: 'csv-reader',
      ...{ text: csv.text, delimiter: csv.delimiter, rowsFrom: from, kind: csv.kind },
      ...{ headers: csv.mapping.headers, fields: csv.mapping.fields, port: port2, shared },
    };
    this.worker = new Worker(entry, { workerData: setup, transferList: [port2] });
    this.worker.on('error', (error) => (this.failure ??= error));
    this.worker.on('exit', () => (this.failure ??= new Error('The thread reading the CSV file stopped before the end of the file.')));
  }

  next(keepWaiting: () => boolean): CheckedItem | null | undefined {
    for (;;) {
      if (this.at < this.batch.length) return this.batch[this.at++];
      if (this.ended) return null;
      const posted = Atomics.load(this.counts, POSTED);
      if (this.take()) continue;
      if (this.failure) throw this.failure;
      if (!keepWaiting()) return undefined;
      Atomics.wait(this.counts, POSTED, posted, 20);
    }
  }

  async ready(): Promise<void> {
    while (this.at >= this.batch.length && !this.ended && !this.take()) {
      if (this.failure) throw this.failure;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  /** Takes the next message if one has come; whether it did. */
  private take(): boolean {
    const received = receiveMessageOnPort(this.port);
    if (!received) return false;
    const message = received.message as FromReader;
    Atomics.add(this.counts, TAKEN, 1);
    Atomics.notify(this.counts, TAKEN);
    if (message.type === 'failed') throw (this.failure = new Error(`The CSV file could not be read: ${message.message}`));
    if (message.type === 'end') this.ended = true;
    else {
      this.batch = unpack<CheckedItem>(message.rows);
      this.at = 0;
      this.fraction = message.progress;
    }
    return true;
  }

  progress(): number {
    return this.fraction;
  }

  async close(): Promise<void> {
    this.port.close();
    await this.worker.terminate();
  }
}
