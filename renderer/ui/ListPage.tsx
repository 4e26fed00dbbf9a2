import type { ReactNode } from 'react';
import type { ApiError } from '../../src/api/errors';
import { PageHeader } from './PageHeader';

interface ListPageProps {
  title: string;
  /** Whether the first page (and whatever else the page waits for) has come. */
  loaded: boolean;
  error?: ApiError;
  total: number;
  /** The count under the title ("12 candidates match"); undefined while it loads. */
  count: string | undefined;
  /** What a page with nothing in it yet shows instead of its toolbar and list; null once there is something. */
  emptyBook: ReactNode | null;
  /** What shows when nothing matches the search and filters. */
  noMatch: ReactNode;
  actions: ReactNode;
  toolbar: ReactNode;
  list: ReactNode;
  /** The dialogs the page opens. */
  children?: ReactNode;
}

/** The layout every list page shares: title and count, actions, toolbar, then the error, the empty book, no match, or the list. */
export function ListPage({ title, loaded, error, total, count, emptyBook, noMatch, actions, toolbar, list, children }: ListPageProps) {
  let body: ReactNode = null;
  if (error) {
    body = (
      <p className="page-error" role="alert">
        {error.message}
      </p>
    );
  } else if (loaded) {
    body = emptyBook ?? (total === 0 ? noMatch : list);
  }
  const empty = emptyBook !== null;
  return (
    <div className="page page--fill">
      <PageHeader
        title={title}
        // A blank line while loading, so the header does not jump when the count arrives.
        subtitle={empty ? undefined : (count ?? '\u00a0')}
        actions={!empty && actions}
      />
      {!empty && toolbar}
      {body}
      {children}
    </div>
  );
}
