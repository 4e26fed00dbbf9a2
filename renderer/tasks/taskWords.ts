import type { TaskInfo } from '../../src/api/tasks';
import { formatTime } from '../ui/dates';

/** How a finished task ended, in a line: "Done at 14:32", "Stopped at 14:32: nothing was changed". */
export function howItEnded(task: TaskInfo): string {
  const at = task.endedAt ? ` at ${formatTime(task.endedAt)}` : '';
  switch (task.state) {
    case 'done':
      return `Done${at}`;
    case 'cancelled':
      return `Stopped${at}: nothing was changed`;
    case 'failed':
      return `Did not finish${at}: ${task.error ?? 'something went wrong'}`;
    default:
      return task.doing;
  }
}

/** The sidebar's words for what runs: the one task's label, or how many. */
export function runningSummary(running: TaskInfo[]): string {
  if (running.length === 1) return running[0]!.label;
  return `${running.length} tasks running`;
}
