import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from './nodeBundle.js';

export interface HostOptions {
  /** The better-sqlite3 build for this runtime (the desktop app's own). */
  nativeBinding?: string;
  timeZone?: string;
  /** Read connections beside the writer; each is a thread. */
  readers?: number;
  /** The worker's script; by default the one built for how this code runs (defaultWorkerEntry). */
  workerEntry?: string;
  /** How long a run of the follow-up rules goes unlisted in Tasks: half a second unless a test lists every run. */
  proposalsListedAfterMs?: number;
}

let bundled: string | undefined;

/**
 * The worker's script. In the app it is built beside the bundle (electron.vite.config.ts), and in
 * the CLI's bundle beside that (bin/shortlist.js). Run from source (the preview, the tests), the
 * worker's TypeScript is bundled into one file, made again only when a file of it changes:
 * loading its two hundred files through tsx cost every thread seconds.
 */
export async function defaultWorkerEntry(): Promise<string> {
  const here = fileURLToPath(import.meta.url);
  if (!here.endsWith('.ts')) return path.join(path.dirname(here), 'coreWorker.js');
  return (bundled ??= await bundledFile(path.join(path.dirname(here), 'worker.ts'), 'coreWorker'));
}

/** A TypeScript entry and what it imports, as one ES module that plain Node runs (see nodeBundle.js). */
export async function bundledFile(entry: string, name: string): Promise<string> {
  return path.join(await bundleForNode(name, { [name]: entry }), `${name}.js`);
}
