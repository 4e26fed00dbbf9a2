import type { LucideIcon } from 'lucide-react';
import type { ButtonHTMLAttributes, ReactNode } from 'react';

type Variant = 'primary' | 'secondary' | 'ghost';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  icon?: LucideIcon;
  /** A keyboard shortcut to show beside the label, e.g. "N". */
  shortcut?: string;
  children: ReactNode;
}

export function Button({ variant = 'secondary', icon: Icon, shortcut, children, className, type = 'button', ...rest }: ButtonProps) {
  return (
    <button type={type} className={['button', `button--${variant}`, className].filter(Boolean).join(' ')} {...rest}>
      {Icon && <Icon size={15} aria-hidden className="button-icon" />}
      <span>{children}</span>
      {shortcut && (
        <kbd className="kbd" aria-hidden>
          {shortcut}
        </kbd>
      )}
    </button>
  );
}

interface IconButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  icon: LucideIcon;
  /** Icon-only buttons still need words, for screen readers and the tooltip. */
  label: string;
  tone?: 'default' | 'danger';
}

export function IconButton({ icon: Icon, label, tone = 'default', className, ...rest }: IconButtonProps) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      className={['icon-button', tone === 'danger' && 'icon-button--danger', className].filter(Boolean).join(' ')}
      {...rest}
    >
      <Icon size={15} aria-hidden />
    </button>
  );
}

/** A form's submit button: disabled while it saves, and saying so. */
export function SaveButton({ saving, disabled, children }: { saving: boolean; disabled?: boolean; children: ReactNode }) {
  return (
    <Button type="submit" variant="primary" disabled={saving || disabled}>
      {saving ? 'Saving…' : children}
    </Button>
  );
}
