import { navigate } from 'wouter/use-hash-location';
import type { CsvFileInput, CsvImportProgress } from '../../src/api/csv';
import { call } from '../api/client';
import { asApiError, useDataVersion } from '../api/data';
import { paths } from '../app/paths';
import { showToast } from '../ui/toasts';
import { finishedMessage } from './csvFormat';
import { beginCsvJob, useCsvImport } from './csvImportStore';

/** Often enough for the bar to move smoothly, rarely enough to leave the core to its work. */
const POLL_MS = 250;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts the import in the core and follows it from here, whichever page the recruiter goes to
 * meanwhile. Rejects with the core's word when it cannot start (a mapping problem, an unreadable file).
 */
export async function startCsvImport(input: CsvFileInput, fileName: string): Promise<void> {
  const { jobId } = await call('csv.import', input);
  beginCsvJob({ id: jobId, kind: input.kind, fileName });
  void follow(jobId);
}

const isCurrent = (jobId: string) => useCsvImport.getState().job?.id === jobId;

async function follow(jobId: string): Promise<void> {
  // Only the counts are wanted while it runs: the lists of rows start where the last answer ended.
  const from = { rejectedFrom: 0, duplicatesFrom: 0 };
  while (isCurrent(jobId)) {
    let progress: CsvImportProgress;
    try {
      progress = await call('csv.progress', { jobId, ...from });
    } catch (error) {
      if (isCurrent(jobId)) useCsvImport.setState({ lost: asApiError(error).message });
      return;
    }
    if (!isCurrent(jobId)) return;
    useCsvImport.setState({ progress });
    from.rejectedFrom = progress.rejectedCount;
    from.duplicatesFrom = progress.duplicateCount;
    if (progress.state !== 'running') {
      finished(progress);
      return;
    }
    await wait(POLL_MS);
  }
}

/** The lists on screen read the new records; a recruiter on another page hears that it is over. */
function finished(progress: CsvImportProgress): void {
  useDataVersion.setState((s) => ({ version: s.version + 1 }));
  useCsvImport.setState({ cancelling: false });
  if (useCsvImport.getState().pageOpen) return;
  showToast({
    message: finishedMessage(progress),
    tone: progress.state === 'failed' ? 'error' : 'info',
    action: { label: 'See the details', run: () => navigate(paths.csvImport(progress.kind)) },
  });
}

/** Stops after the rows being written; those already imported stay. */
export async function cancelCsvImport(): Promise<void> {
  const job = useCsvImport.getState().job;
  if (!job) return;
  useCsvImport.setState({ cancelling: true });
  try {
    await call('csv.cancel', { jobId: job.id });
  } catch (error) {
    useCsvImport.setState({ cancelling: false });
    showToast({ message: asApiError(error).message, tone: 'error' });
  }
}
