import type { TaskInfo } from '../../src/api/tasks';

/** A bar for one task, or for all of them; it sweeps (indeterminate) while the share done cannot be told. */
export function TaskProgress({ done, label, compact }: { done: number | null; label: string; compact?: boolean }) {
  const percent = done === null ? null : Math.round(Math.min(1, Math.max(0, done)) * 100);
  return (
    <div
      className={['task-bar', compact && 'task-bar--compact', percent === null && 'task-bar--indeterminate'].filter(Boolean).join(' ')}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent ?? undefined}
      aria-valuetext={percent === null ? 'Working…' : `${percent}%`}
    >
      <span className="task-bar-fill" style={percent === null ? undefined : { width: `${percent}%` }} />
    </div>
  );
}

/** All running work as one share: unknown as soon as one task's share is. */
export function overallDone(running: TaskInfo[]): number | null {
  if (running.some((task) => task.done === null)) return null;
  return running.reduce((sum, task) => sum + (task.done ?? 0), 0) / Math.max(1, running.length);
}
