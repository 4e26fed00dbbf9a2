import type { Progress } from '../demo/generate';
import type { TaskProgress } from '../tasks/progress';

/** A progress bar on a terminal; a line per phase when the output goes to a file or a pipe. */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): (progress: Progress) => void {
  let lastPhase = '';
  return ({ phase, done, total }) => {
    const finished = done >= total;
    if (!stream.isTTY) {
      if (finished) stream.write(`${phase}: ${total}\n`);
      return;
    }
    const width = 30;
    const filled = Math.round((done / total) * width);
    if (phase !== lastPhase && lastPhase !== '') stream.write('\n');
    lastPhase = phase;
    stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.round((done / total) * 100)).padStart(3)}% ${phase} ${done}/${total}`);
    if (finished) stream.write('\n');
  };
}

/** A task's progress (share done and what it is doing) on the same bar, for the commands that run long work. */
export function taskBar(stream: NodeJS.WriteStream = process.stderr): TaskProgress {
  const bar = progressBar(stream);
  return {
    report: (done, doing) => bar({ phase: doing, done: Math.round(done * 100), total: 100 }),
    // A command is stopped with Ctrl-C; its transaction is rolled back with the process.
    checkCancelled: () => undefined,
  };
}
