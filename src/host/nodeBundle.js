// Plain JavaScript, so bin/shortlist.js can reuse a bundle before anything can load TypeScript.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// In node_modules, so what a bundle leaves out (keptOutOfBundles) resolves from there.
const cacheDir = path.join(root, 'node_modules', '.cache', 'shortlist');

/**
 * The packages a bundle of the core leaves to be loaded from node_modules: the native SQLite
 * binding, the build tools, and the large ones loaded only on demand (reading a resume, live sync).
 * Every other package goes into the bundle: a thread parses one file faster than it resolves and
 * loads hundreds (zod, date-fns), which is most of the time to the first answer.
 */
export const keptOutOfBundles = ['better-sqlite3', 'esbuild', 'tsx', 'pdfjs-dist', 'mammoth', 'pg'];

/** Each file a bundle was made of, as it was then: any change to one makes the bundle again. */
const stamp = (file) => {
  const { mtimeMs, size } = fs.statSync(file);
  return `${mtimeMs} ${size}`;
};

/** The folder of the bundle named `name`, if one was made from these entries and none of its files changed since. */
function reusableBundle(name, entries) {
  try {
    const made = JSON.parse(fs.readFileSync(path.join(cacheDir, `${name}.json`), 'utf8'));
    if (JSON.stringify(made.entries) !== JSON.stringify(entries)) return undefined;
    for (const [file, was] of made.inputs) if (stamp(path.join(root, file)) !== was) return undefined;
    return fs.existsSync(made.dir) ? made.dir : undefined;
  } catch {
    // None made yet, or a file it was made of is gone.
    return undefined;
  }
}

/**
 * TypeScript entries (output name → source path, absolute or from the project's root) and what they import,
 * bundled into ES modules that plain Node runs, but `keptOutOfBundles`, in a folder of
 * node_modules/.cache/shortlist/ named by its content, so processes running at once share it and
 * never read one half-written. Reused until a file it was made of changes: loading a few hundred
 * files through tsx took seconds in every process, loading one bundle a fraction of one.
 */
export async function bundleForNode(name, entries) {
  const reusable = reusableBundle(name, entries);
  if (reusable) return reusable;
  // Loaded only from source: the app never bundles anything at run time.
  const { build } = await import('esbuild');
  const started = Date.now();
  const { outputFiles, metafile } = await build({
    absWorkingDir: root,
    entryPoints: entries,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: keptOutOfBundles,
    // Bundled CommonJS packages (ics) call require(); an ES module has none of its own.
    banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" },
    write: false,
    outdir: 'bundle',
    metafile: true,
    logLevel: 'error',
  });
  const hash = createHash('sha256');
  for (const file of outputFiles) hash.update(file.path).update(file.contents);
  const dir = path.join(cacheDir, `${name}-${hash.digest('hex').slice(0, 16)}`);
  if (!fs.existsSync(dir)) {
    const partial = `${dir}.${process.pid}.partial`;
    fs.mkdirSync(partial, { recursive: true });
    fs.writeFileSync(path.join(partial, 'package.json'), '{ "type": "module" }\n');
    for (const file of outputFiles) fs.writeFileSync(path.join(partial, path.basename(file.path)), file.contents);
    try {
      fs.renameSync(partial, dir);
    } catch {
      // Another process made the same bundle first.
      fs.rmSync(partial, { recursive: true, force: true });
    }
  }
  const inputs = Object.keys(metafile.inputs)
    .filter((file) => !file.includes(':'))
    .map((file) => [file, stamp(path.join(root, file))]);
  // A file saved while the bundle was made may not be in it: the next process makes it again.
  if (inputs.some(([file]) => fs.statSync(path.join(root, file)).mtimeMs >= started)) return dir;
  const manifest = path.join(cacheDir, `${name}.json`);
  fs.writeFileSync(`${manifest}.${process.pid}`, JSON.stringify({ entries, dir, inputs }));
  fs.renameSync(`${manifest}.${process.pid}`, manifest);
  removeOldBundles(name, dir);
  return dir;
}

/** A process started a day ago may still start threads from its bundle; older ones are only in the way. */
const KEPT_MS = 24 * 60 * 60 * 1000;

/** Each change to the sources makes a new bundle: those of `name` made over a day ago go. */
function removeOldBundles(name, current) {
  for (const entry of fs.readdirSync(cacheDir)) {
    const file = path.join(cacheDir, entry);
    if (!entry.startsWith(`${name}-`) || file === current) continue;
    try {
      if (Date.now() - fs.statSync(file).mtimeMs > KEPT_MS) fs.rmSync(file, { recursive: true, force: true });
    } catch {
      // Another process removed it first.
    }
  }
}
