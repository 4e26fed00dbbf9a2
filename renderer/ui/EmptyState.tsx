import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';

interface EmptyStateProps {
  icon: LucideIcon;
  title: string;
  children: ReactNode;
  action?: ReactNode;
  /** Smaller, for an empty part of a page rather than a whole page. */
  compact?: boolean;
}

export function EmptyState({ icon: Icon, title, children, action, compact }: EmptyStateProps) {
  return (
    <div className={compact ? 'empty-state empty-state--compact' : 'empty-state'}>
      <span className="empty-state-icon" aria-hidden>
        <Icon size={compact ? 18 : 22} strokeWidth={1.75} />
      </span>
      <h2 className="empty-state-title">{title}</h2>
      <div className="empty-state-body">{children}</div>
      {action && <div className="empty-state-action">{action}</div>}
    </div>
  );
}
