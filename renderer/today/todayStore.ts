import { create } from 'zustand';

/** The row the keyboard acts on: its id, and where it stood, so the next row takes over when it leaves. */
interface TodaySelection {
  id: string | null;
  index: number;
}

export const useTodaySelection = create<TodaySelection>(() => ({ id: null, index: 0 }));

export const selectRow = (id: string, index: number) => useTodaySelection.setState({ id, index });
export const resetTodaySelection = () => useTodaySelection.setState({ id: null, index: 0 });
