#!/usr/bin/env node
// The CLI runs the core's TypeScript, so there is nothing to build first: bundled on the first run
// (and after any change to a file of it), it starts in a fraction of a second, not seconds through tsx.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleForNode } from '../src/host/nodeBundle.js';

// The window `shortlist serve` shows is built beside the sources, not beside the bundle.
process.env.SHORTLIST_RENDERER_DIR ??= path.resolve(import.meta.dirname, '../out/renderer');
let bundle;
try {
  // The core's thread goes beside the CLI, where the core looks for it when run from a bundle (src/host/options.ts).
  bundle = path.join(await bundleForNode('cli', { cli: 'src/cli/main.ts', coreWorker: 'src/host/worker.ts' }), 'cli.js');
} catch {
  // A user who may not write beside the sources (node_modules/.cache) still runs it, through tsx.
  const { register } = await import('tsx/esm/api');
  register();
}
await import(bundle ? pathToFileURL(bundle).href : '../src/cli/main.ts');
