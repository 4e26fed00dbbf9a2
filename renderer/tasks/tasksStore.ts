import { create } from 'zustand';

/** Whether the Tasks panel is open: the only state the screen keeps about tasks; the list is the host's. */
export const useTasksPanel = create<{ open: boolean }>(() => ({ open: false }));

export const toggleTasksPanel = () => useTasksPanel.setState((s) => ({ open: !s.open }));
export const closeTasksPanel = () => useTasksPanel.setState({ open: false });
