import type { Progress } from '../demo/generate';

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
