import { create } from 'zustand';

/** Whether the quick switcher is open; anything may open it (the shortcut, a button). */
export const useSwitcher = create<{ open: boolean }>(() => ({ open: false }));

export const openSwitcher = () => useSwitcher.setState({ open: true });
export const closeSwitcher = () => useSwitcher.setState({ open: false });
