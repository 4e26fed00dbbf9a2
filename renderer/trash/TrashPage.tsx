import { Trash2 } from 'lucide-react';
import { useData } from '../api/data';
import { EmptyState } from '../ui/EmptyState';
import { PageHeader } from '../ui/PageHeader';
import { TrashRow } from './TrashRow';

export function TrashPage() {
  const { data: items, error } = useData('trash.list', {});
  return (
    <div className="page">
      <PageHeader title="Trash" subtitle="Deleted clients, contacts, jobs, candidates and files wait here, with their notes, until you restore them." />
      {error && (
        <p className="page-error" role="alert">
          {error.message}
        </p>
      )}
      {items?.length === 0 && (
        <EmptyState icon={Trash2} title="The trash is empty">
          <p>When you delete a client, a contact or a job, it comes here instead of disappearing.</p>
        </EmptyState>
      )}
      {items && items.length > 0 && (
        <ul className="card trash-list" aria-label="Deleted items">
          {items.map((item) => (
            <TrashRow key={`${item.kind}-${item.id}`} item={item} />
          ))}
        </ul>
      )}
    </div>
  );
}
