import { ListTodo } from 'lucide-react';
import { TaskProgress, overallDone } from './TaskProgress';
import { TasksPanel } from './TasksPanel';
import { toggleTasksPanel, useTasksPanel } from './tasksStore';
import { runningSummary } from './taskWords';
import { useTasks } from './useTasks';
import '../styles/tasks.css';

/** The sidebar's Tasks entry: a compact bar while anything runs, and the panel that lists each task. */
export function TasksEntry() {
  const open = useTasksPanel((s) => s.open);
  const tasks = useTasks(open);
  const running = tasks.filter((task) => task.state === 'running');
  return (
    <div className="tasks-entry">
      <button type="button" className="nav-link tasks-button" aria-expanded={open} aria-haspopup="dialog" onClick={toggleTasksPanel}>
        <ListTodo size={16} aria-hidden className="nav-icon" />
        <span className="tasks-button-text">
          <span>Tasks</span>
          {running.length > 0 && <span className="tasks-running">{runningSummary(running)}</span>}
        </span>
      </button>
      {running.length > 0 && <TaskProgress done={overallDone(running)} label={runningSummary(running)} compact />}
      {open && <TasksPanel tasks={tasks} />}
    </div>
  );
}
