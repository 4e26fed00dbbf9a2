import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface HostOptions {
  /** The better-sqlite3 build for this runtime (the desktop app's own). */
  nativeBinding?: string;
  timeZone?: string;
  /** Read connections beside the writer; each is a thread. */
  readers?: number;
  /** The worker's script: the bundled one in the app, tsx's shim of the TypeScript from source. */
  workerEntry?: string;
}

/** The worker's script for this build: beside the bundle in the app, through tsx's shim from source. */
export function defaultWorkerEntry(): string {
  const here = fileURLToPath(import.meta.url);
  return here.endsWith('.ts') ? path.resolve(path.dirname(here), '../../bin/core-worker.js') : path.join(path.dirname(here), 'coreWorker.js');
}
