import { X } from 'lucide-react';
import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { confirmLeave } from './unsavedChanges';

interface DialogProps {
  title: string;
  description?: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
}

/**
 * A modal on the native <dialog>: the browser traps focus, dims the page and hands us Escape.
 * The first control marked data-autofocus takes focus; focus returns where it was on close.
 * Escape and the close button ask first when a form inside holds typed changes not saved.
 */
export function Dialog({ title, description, onClose, children, wide }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const close = () => void confirmLeave(ref.current!).then((ok) => ok && onClose());

  useLayoutEffect(() => {
    const dialog = ref.current!;
    const returnTo = document.activeElement;
    dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      dialog.close();
      if (returnTo instanceof HTMLElement && returnTo.isConnected) returnTo.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog--wide' : 'dialog'}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <header className="dialog-header">
        <div>
          <h2 className="dialog-title" id={titleId}>
            {title}
          </h2>
          {description && (
            <p className="dialog-description" id={descriptionId}>
              {description}
            </p>
          )}
        </div>
        <button type="button" className="icon-button" aria-label="Close" onClick={close}>
          <X size={16} aria-hidden />
        </button>
      </header>
      {children}
    </dialog>
  );
}

/** The bottom row of a dialog form: an error that belongs to no field, and the buttons. */
export function DialogFooter({ error, children }: { error?: string | null; children: ReactNode }) {
  return (
    <footer className="dialog-footer">
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-buttons">{children}</div>
    </footer>
  );
}
