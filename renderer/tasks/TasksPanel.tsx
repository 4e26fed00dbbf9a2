import { ListTodo, X } from 'lucide-react';
import { useEffect, useId, useRef } from 'react';
import type { TaskInfo } from '../../src/api/tasks';
import { closeTasksPanel } from './tasksStore';
import { TaskRow } from './TaskRow';

/**
 * The one place that lists long work: running tasks first, then those that ended in the last
 * minute. Not modal: Escape, the close button or a click elsewhere puts it away.
 */
export function TasksPanel({ tasks }: { tasks: TaskInfo[] }) {
  const ref = useRef<HTMLElement>(null);
  const titleId = useId();
  const ordered = [...tasks].sort((a, b) => order(a) - order(b) || b.startedAt.localeCompare(a.startedAt));

  useEffect(() => {
    const returnTo = document.activeElement;
    ref.current?.focus();
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && closeTasksPanel();
    // A popover: working on the page behind it puts it away (the sidebar's bar still shows what runs).
    const onPointer = (event: PointerEvent) => {
      if (!(event.target instanceof Node) || !ref.current?.parentElement?.contains(event.target)) closeTasksPanel();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
      if (returnTo instanceof HTMLElement && returnTo.isConnected) returnTo.focus();
    };
  }, []);

  return (
    <section ref={ref} className="tasks-panel" role="dialog" aria-labelledby={titleId} tabIndex={-1}>
      <header className="tasks-panel-header">
        <h2 className="tasks-panel-title" id={titleId}>
          Tasks
        </h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={closeTasksPanel}>
          <X size={16} aria-hidden />
        </button>
      </header>
      {ordered.length === 0 ? (
        <div className="tasks-empty">
          <ListTodo size={18} aria-hidden />
          <p>
            Nothing running. Long work (merging a colleague’s export, writing an export, a backup) shows here while it runs,
            and you can go on working meanwhile.
          </p>
        </div>
      ) : (
        <ul className="tasks-list" aria-label="Running and recent tasks">
          {ordered.map((task) => (
            <TaskRow key={task.id} task={task} />
          ))}
        </ul>
      )}
    </section>
  );
}

const order = (task: TaskInfo) => (task.state === 'running' ? 0 : 1);
