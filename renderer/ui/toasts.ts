import { create } from 'zustand';

interface ToastAction {
  label: string;
  run: () => void | Promise<void>;
}

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  action?: ToastAction;
  /** What the toast is about (e.g. "client:<id>"), so it can be withdrawn once its offer is moot. */
  about?: string;
}

/** A recruiter works fast: three messages are plenty, older ones make way. */
const MAX_TOASTS = 3;
let nextId = 1;

export const useToasts = create<{ toasts: Toast[] }>(() => ({ toasts: [] }));

export function showToast(toast: Omit<Toast, 'id' | 'tone'> & { tone?: Toast['tone'] }): void {
  const shown: Toast = { tone: 'info', ...toast, id: nextId++ };
  // The same words twice say nothing new: the fresh one replaces the old.
  useToasts.setState((s) => ({
    toasts: [...s.toasts.filter((t) => t.message !== shown.message), shown].slice(-MAX_TOASTS),
  }));
}

export function dismissToast(id: number): void {
  useToasts.setState((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
}

export function dismissToastsAbout(about: string): void {
  useToasts.setState((s) => ({ toasts: s.toasts.filter((t) => t.about !== about) }));
}
