import { CircleAlert, CircleCheck, CircleStop, LoaderCircle } from 'lucide-react';
import { useState } from 'react';
import type { TaskInfo } from '../../src/api/tasks';
import { asApiError, change } from '../api/data';
import { Button } from '../ui/Button';
import { showToast } from '../ui/toasts';
import { TaskProgress } from './TaskProgress';
import { howItEnded } from './taskWords';

const endIcons = { running: LoaderCircle, done: CircleCheck, cancelled: CircleStop, failed: CircleAlert } as const;

/** One task: what it is, what it is doing or how it ended, its bar, and Cancel where stopping leaves nothing half-done. */
export function TaskRow({ task }: { task: TaskInfo }) {
  const [asked, setAsked] = useState(false);
  const running = task.state === 'running';
  const Icon = endIcons[task.state];

  async function cancel() {
    setAsked(true);
    try {
      await change('tasks.cancel', { id: task.id });
    } catch (error) {
      setAsked(false);
      showToast({ message: asApiError(error).message, tone: 'error' });
    }
  }

  return (
    <li className={`task task--${task.state}`} aria-label={task.label}>
      <div className="task-head">
        <Icon size={15} aria-hidden className="task-icon" />
        <span className="task-label">{task.label}</span>
        {running && task.cancellable && (
          <Button variant="ghost" className="task-cancel" onClick={() => void cancel()} disabled={asked}>
            {asked ? 'Stopping…' : 'Cancel'}
          </Button>
        )}
      </div>
      <p className="task-doing">{running ? task.doing : howItEnded(task)}</p>
      {running && <TaskProgress done={task.done} label={task.label} />}
    </li>
  );
}
