// A process holding the core, killed at random moments by tests/core/crash.test.ts. It writes one
// line to stdout for every change the core has answered ok, so the test knows what must survive.
import type { CsvImportProgress } from '../../../src/api/csv';
import { openDatabase } from '../../../src/db/open';
import { dispatch } from '../../../src/server/dispatch';

const [mode, file, source] = process.argv.slice(2) as ['writes' | 'merge' | 'csv', string, string];
const core = await openDatabase(file);
const say = (line: string) => process.stdout.write(`${line}\n`);

function call(method: string, input: unknown): unknown {
  const outcome = dispatch(core, method, input);
  if (!outcome.ok) throw new Error(`${method}: ${outcome.error.message}`);
  return outcome.result;
}

say('started');
if (mode === 'writes') {
  for (let i = 0; ; i++) {
    const { id } = call('candidates.create', { name: `Candidate ${i}`, skills: ['Rust'] }) as { id: string };
    call('notes.add', { about: { kind: 'candidate', id }, body: `Screened ${i}` });
    say(`ok ${i}`);
  }
} else if (mode === 'merge') {
  call('sharing.import', { path: source });
  say('merged');
} else {
  const { jobId } = call('csv.import', { kind: 'candidates', path: source }) as { jobId: string };
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 2));
    const progress = call('csv.progress', { jobId }) as CsvImportProgress;
    say(`accepted ${progress.accepted}`);
    if (progress.state !== 'running') break;
  }
}
