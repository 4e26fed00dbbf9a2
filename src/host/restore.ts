import { Worker } from 'node:worker_threads';
import { ApiError, type Outcome } from '../api/errors';
import { backupPath } from '../backups/paths';
import { parseInput } from '../server/validate';
import type { FromWorker } from './protocol';
import { defaultWorkerEntry, type HostOptions } from './options';

/**
 * `backups.restore` for the host, once every connection is closed: the copying (hundreds of
 * megabytes) and the erasures re-applied run on a thread of their own, never the serving one.
 */
export async function restoreWith(options: HostOptions, file: string, input: unknown): Promise<Outcome<unknown>> {
  const parsed = parseInput('backups.restore', input);
  if (!parsed.ok) return parsed;
  let from: string;
  try {
    from = backupPath(file, parsed.result.name);
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.toJSON() };
    throw error;
  }
  const worker = new Worker(options.workerEntry ?? (await defaultWorkerEntry()), {
    workerData: { file, role: 'restorer', from, nativeBinding: options.nativeBinding, timeZone: options.timeZone },
  });
  return new Promise((resolve) => {
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'restored') resolve(message.outcome);
    });
    worker.on('error', (error) => resolve({ ok: false, error: { code: 'internal', message: `The backup could not be restored: ${error.message}` } }));
    worker.on('exit', () => resolve({ ok: false, error: { code: 'internal', message: 'The backup could not be restored: the restoring thread stopped.' } }));
  });
}
