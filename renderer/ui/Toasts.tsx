import { CircleAlert, CircleCheck, X } from 'lucide-react';
import { useEffect, useState } from 'react';
import { asApiError } from '../api/data';
import { dismissToast, showToast, useToasts, type Toast } from './toasts';

/** Long enough to read a message, longer to reach for its button; paused while pointer or focus is on it. */
const VISIBLE_MS = { plain: 4000, withAction: 8000 };

export function Toasts() {
  const toasts = useToasts((s) => s.toasts);
  return (
    <section className="toasts" aria-label="Notifications">
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
    </section>
  );
}

function ToastItem({ toast }: { toast: Toast }) {
  const [held, setHeld] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (held) return;
    const timer = setTimeout(() => dismissToast(toast.id), toast.action ? VISIBLE_MS.withAction : VISIBLE_MS.plain);
    return () => clearTimeout(timer);
  }, [held, toast.id, toast.action]);

  async function runAction() {
    if (!toast.action) return;
    setBusy(true);
    try {
      await toast.action.run();
      dismissToast(toast.id);
    } catch (error) {
      dismissToast(toast.id);
      showToast({ message: asApiError(error).message, tone: 'error' });
    }
  }

  const Icon = toast.tone === 'error' ? CircleAlert : CircleCheck;
  return (
    <div
      className={`toast toast--${toast.tone}`}
      role={toast.tone === 'error' ? 'alert' : 'status'}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <Icon className="toast-icon" size={16} aria-hidden />
      <span className="toast-message">{toast.message}</span>
      {toast.action && (
        <button type="button" className="toast-action" onClick={runAction} disabled={busy}>
          {toast.action.label}
        </button>
      )}
      <button type="button" className="icon-button toast-close" aria-label="Dismiss" onClick={() => dismissToast(toast.id)}>
        <X size={14} aria-hidden />
      </button>
    </div>
  );
}
