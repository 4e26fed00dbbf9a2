import type { LucideIcon } from 'lucide-react';
import { Link } from 'wouter';
import type { ApiError } from '../../src/api/errors';
import { EmptyState } from './EmptyState';

interface MissingRecordProps {
  icon: LucideIcon;
  title: string;
  error: ApiError;
  /** What to say when it is gone (most often: to the trash). */
  gone: string;
  back: { href: string; label: string };
}

/** A page whose record could not be loaded: why, and the way back. */
export function MissingRecord({ icon, title, error, gone, back }: MissingRecordProps) {
  return (
    <div className="page">
      <EmptyState
        icon={icon}
        title={title}
        action={
          <Link href={back.href} className="button button--secondary">
            {back.label}
          </Link>
        }
      >
        <p>{error.code === 'not_found' ? gone : error.message}</p>
      </EmptyState>
    </div>
  );
}
