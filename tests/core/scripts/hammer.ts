/**
 * A second program writing to the same database as fast as it can, for tests/core/faults-clock.test.ts:
 * `node --import tsx hammer.ts <db> <candidateId> <sharedSubmissionId> <ownSubmissionId> <label> <writes>`.
 * The candidate and the shared submission are written by both programs; the own submission's stage
 * is moved by this one only (a move to the stage it is at is refused, and the two would race). Its clock
 * stands still at the same instant as the other program's, so any stamp the two could share, they
 * would. Prints one JSON line: how many calls succeeded and what the others answered.
 */
import { closeDatabase, openDatabase } from '../../../src/db/open';
import { dispatch } from '../../../src/server/dispatch';

const [file, candidateId, sharedId, ownId, label, writes] = process.argv.slice(2) as [string, string, string, string, string, string];
const frozen = { now: () => new Date('2026-11-22T09:00:00.000Z') };
const core = await openDatabase(file, { clock: frozen, timeZone: 'UTC' });
const failures: { code: string; message: string }[] = [];
let ok = 0;
const stages = ['client_reviewing', 'submitted'] as const;
for (let i = 0; i < Number(writes); i++) {
  const calls: [string, unknown][] = [
    ['candidates.update', { id: candidateId, currentTitle: `${label} ${i}` }],
    ['notes.add', { about: { kind: 'candidate', id: candidateId }, body: `${label} note ${i}` }],
    ['feedback.add', { submissionId: sharedId, sentiment: 'mixed', text: `${label} feedback ${i}` }],
    ['submissions.move', { id: ownId, stage: stages[i % 2], reason: `${label} round ${i}` }],
  ];
  for (const [method, input] of calls) {
    const outcome = dispatch(core, method, input);
    if (outcome.ok) ok++;
    else failures.push(outcome.error);
  }
}
closeDatabase(core);
console.log(JSON.stringify({ ok, failures }));
