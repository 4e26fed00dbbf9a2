import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/** Every file and package electron/main.ts loads, followed through every import. */
async function loadedByMain(): Promise<string[]> {
  const { metafile } = await build({
    entryPoints: [path.join(root, 'electron/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
    external: ['electron', 'better-sqlite3', 'pg'],
    absWorkingDir: root,
  });
  const files = Object.keys(metafile.inputs);
  const packages = Object.values(metafile.inputs).flatMap((input) => input.imports.filter((i) => i.external).map((i) => i.path));
  return [...files, ...packages];
}

describe('the process that serves the window', () => {
  it('loads none of the core’s handlers, SQL or SQLite: the window appears before the core’s threads are up', async () => {
    const loaded = await loadedByMain();
    expect(loaded).toContain('src/host/host.ts');
    const core = loaded.filter((file) => /^src\/(server\/(dispatch|handlers)|db\/(open|records))\.ts$|^better-sqlite3$|^mammoth|^pdfjs-dist/.test(file));
    expect(core).toEqual([]);
  });
});
