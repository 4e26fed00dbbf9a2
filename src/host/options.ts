import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
 * The packages a bundle of the core leaves to be loaded from node_modules: the native SQLite
 * binding, the build tools, and the large ones loaded only on demand (reading a resume, live sync).
 * Every other package goes into the bundle: a thread parses one file faster than it resolves and
 * loads hundreds (zod, date-fns), which is most of the time to the first answer.
 */
export const keptOutOfBundles = ['better-sqlite3', 'esbuild', 'tsx', 'pdfjs-dist', 'mammoth', 'pg'];

/**
 * The worker's script. In the app it is built beside the bundle (electron.vite.config.ts). Run
 * from source (the CLI, the preview, the tests), the worker's TypeScript is bundled once per
 * process into one file: loading its two hundred files through tsx cost every thread seconds.
 */
export async function defaultWorkerEntry(): Promise<string> {
  const here = fileURLToPath(import.meta.url);
  if (!here.endsWith('.ts')) return path.join(path.dirname(here), 'coreWorker.js');
  return (bundled ??= await bundleForNode(path.join(path.dirname(here), 'worker.ts'), 'core-worker'));
}

/**
 * A TypeScript entry and what it imports, bundled into one ES module that plain Node runs (but
 * `keptOutOfBundles`), in node_modules/.cache/shortlist/ so those resolve.
 */
export async function bundleForNode(entry: string, name: string): Promise<string> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  // Loaded only from source: the app never bundles anything at run time.
  const { buildSync } = await import('esbuild');
  const { outputFiles } = buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: keptOutOfBundles,
    // Bundled CommonJS packages (ics) call require(); an ES module has none of its own.
    banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" },
    write: false,
    outfile: `${name}.mjs`,
    logLevel: 'error',
  });
  const code = outputFiles[0]!.contents;
  // Named by content, so processes running at once share it and never read one half-written.
  const dir = path.join(root, 'node_modules', '.cache', 'shortlist');
  const file = path.join(dir, `${name}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dir, { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    fs.writeFileSync(partial, code);
    fs.renameSync(partial, file);
  }
  return file;
}
