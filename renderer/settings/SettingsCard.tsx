import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import type { ApiError } from '../../src/api/errors';

interface SettingsCardProps {
  /** The heading's id, which names the section for assistive technology. */
  id: string;
  icon: LucideIcon;
  title: string;
  /** What the section is for, under its heading. */
  lead?: ReactNode;
  /** Why what the section shows could not be read. */
  error?: ApiError;
  children?: ReactNode;
}

/** One section of Settings: a card with its icon and heading, what it is for, and why it could not load. */
export function SettingsCard({ id, icon: Icon, title, lead, error, children }: SettingsCardProps) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 className="card-title card-title--icon" id={id}>
        <Icon size={15} aria-hidden />
        {title}
      </h2>
      {lead && <p className="muted card-lead">{lead}</p>}
      {error && (
        <p className="page-error" role="alert">
          {error.message}
        </p>
      )}
      {children}
    </section>
  );
}
