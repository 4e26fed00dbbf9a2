// The core's worker thread, run from source: tsx compiles its TypeScript in this thread too.
// (The desktop app runs the bundled out/main/coreWorker.js instead.)
import { register } from 'tsx/esm/api';

register();
await import('../src/host/worker.ts');
