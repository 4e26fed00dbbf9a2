import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: ReactNode;
  /** A quiet line under the title: a count, or what the page is for. */
  subtitle?: ReactNode;
  actions?: ReactNode;
  before?: ReactNode;
}

export function PageHeader({ title, subtitle, actions, before }: PageHeaderProps) {
  return (
    <header className="page-header">
      {before}
      <div className="page-header-row">
        <div className="page-header-text">
          <h1 className="page-title">{title}</h1>
          {subtitle && <p className="page-subtitle">{subtitle}</p>}
        </div>
        {actions && <div className="page-actions">{actions}</div>}
      </div>
    </header>
  );
}
