import { randomUUID } from 'node:crypto';
import type { CsvColumnReport, CsvImportProgress, CsvKind } from '../../api/csv';
import type { ParsedInput } from '../../api/contract';
import { ApiError } from '../../api/errors';
import type { Core } from '../../db/core';
import { beginBackgroundTask } from '../../tasks/progress';
import { assertImportable, emptyTally, ImportStopped, nextTurn, runImport, type ImportTally } from './importer';
import type { PreparedCsv } from './source';

interface ImportJob {
  id: string;
  kind: CsvKind;
  columns: CsvColumnReport[];
  state: CsvImportProgress['state'];
  error: string | null;
  tally: ImportTally;
  stopRequested: boolean;
}

/** Imports live as long as the app: a finished one is kept for its report until newer ones push it out. */
const jobsByCore = new WeakMap<Core, Map<string, ImportJob>>();
const FINISHED_KEPT = 10;
/** Rejected rows and duplicates sent per progress call, so a poll stays small whatever the file. */
const SLICE = 1000;

function jobs(core: Core): Map<string, ImportJob> {
  let map = jobsByCore.get(core);
  if (!map) jobsByCore.set(core, (map = new Map()));
  return map;
}

/**
 * Starts importing a file in the background and returns at once: the rows are written a chunk
 * per transaction after this call has returned, and the window asks how it is going with
 * `importProgress`.
 */
export function startImport(core: Core, csv: PreparedCsv): string {
  assertImportable(csv);
  const job: ImportJob = {
    id: randomUUID(),
    kind: csv.kind,
    columns: csv.mapping.report(),
    state: 'running',
    error: null,
    tally: emptyTally(),
    stopRequested: false,
  };
  jobs(core).set(job.id, job);
  forgetOldJobs(core);
  // Listed with the app's tasks; stopping it keeps the chunks already imported, each one whole.
  const task = beginBackgroundTask(core, `Importing ${csv.kind} from a CSV file`, () => (job.stopRequested = true));
  core.background.run(async () => {
    // The call that started the import is still inside its transaction: begin after it has committed.
    await nextTurn();
    try {
      const result = await runImport(core, csv, {
        onProgress: (tally) => {
          job.tally = tally;
          task.report(tally.fractionRead, `${tally.accepted} rows imported`);
        },
        stopRequested: () => job.stopRequested,
        callsWaiting: core.callsWaiting ?? null,
      });
      job.tally = result;
      job.state = result.stopped ? 'cancelled' : 'done';
      task.end(result.stopped ? { ok: false, error: { code: 'cancelled', message: 'Stopped' } } : { ok: true, result: null });
    } catch (error) {
      job.state = 'failed';
      job.error = failure(error, job.tally);
      task.end({ ok: false, error: { code: 'internal', message: job.error } });
      console.error('[shortlist] CSV import failed:', error);
    }
  });
  return job.id;
}

function failure(error: unknown, tally: ImportTally): string {
  // A chunk that failed says itself where, why and what was kept.
  if (error instanceof ImportStopped) return error.message;
  const why = error instanceof ApiError ? error.message : 'something went wrong inside Shortlist (the details are in the log)';
  return `The import stopped: ${why}. The ${tally.accepted} rows accepted before it are imported; the rest of the file is not.`;
}

function forgetOldJobs(core: Core): void {
  const finished = [...jobs(core).values()].filter((job) => job.state !== 'running');
  for (const job of finished.slice(0, Math.max(0, finished.length - FINISHED_KEPT))) jobs(core).delete(job.id);
}

function findJob(core: Core, jobId: string): ImportJob {
  const job = jobs(core).get(jobId);
  if (!job) {
    throw new ApiError('not_found', 'This import is not known: Shortlist has been restarted since, or it finished long ago.', 'jobId');
  }
  return job;
}

export function importProgress(core: Core, input: ParsedInput<'csv.progress'>): CsvImportProgress {
  const { id, kind, columns, state, error, tally } = findJob(core, input.jobId);
  return {
    jobId: id,
    kind,
    state,
    error,
    fractionRead: tally.fractionRead,
    rowsRead: tally.rowsRead,
    accepted: tally.accepted,
    rejectedCount: tally.rejected.length,
    duplicateCount: tally.duplicates.length,
    rejected: tally.rejected.slice(input.rejectedFrom, input.rejectedFrom + SLICE),
    duplicates: tally.duplicates.slice(input.duplicatesFrom, input.duplicatesFrom + SLICE),
    clientsCreated: tally.clientsCreated,
    columns,
    notesAdded: tally.notesAdded,
    tagsCreated: tally.tagsCreated,
  };
}

/** Stops an import after the chunk it is writing; what was imported before stays. */
export function cancelImport(core: Core, jobId: string): void {
  const job = findJob(core, jobId);
  if (job.state === 'running') job.stopRequested = true;
}
