import { useEffect, useState } from 'react';
import type { TaskInfo } from '../../src/api/tasks';
import { call, useSlowCalls } from '../api/client';
import { useDataVersion } from '../api/data';

/** Often enough for a bar to move smoothly while work runs or the recruiter watches the list. */
const WATCHING_MS = 1000;
/** Otherwise only to notice work another page (or the app itself, a backup) started. */
const IDLE_MS = 3000;

/**
 * The host's tasks, asked again every second while one runs, the panel is open or a call here
 * waits long for its answer, every few seconds otherwise, and at once after any change made here.
 */
export function useTasks(panelOpen: boolean): TaskInfo[] {
  const version = useDataVersion((s) => s.version);
  const [tasks, setTasks] = useState<TaskInfo[]>([]);
  const running = tasks.some((task) => task.state === 'running');
  // A call this page still waits on may be long work: asking at once shows its bar while the page waits.
  const waiting = useSlowCalls((s) => s.waiting > 0);
  const every = running || panelOpen || waiting ? WATCHING_MS : IDLE_MS;

  useEffect(() => {
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = () =>
      call('tasks.list', {}).then(
        (list) => current && setTasks(list),
        // A host that cannot answer now is asked again at the next turn; the bar is no place for the error.
        () => undefined,
      );
    const loop = () => {
      timer = setTimeout(() => void read().finally(() => current && loop()), every);
    };
    void read();
    loop();
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [every, version]);

  return tasks;
}
