import { CircleCheck } from 'lucide-react';
import { useEffect } from 'react';
import { useData } from '../api/data';
import { EmptyState } from '../ui/EmptyState';
import { PageHeader } from '../ui/PageHeader';
import '../styles/sharing.css';
import { ConflictCard } from './ConflictCard';
import { setReviewCount } from './reviewCounts';
import { keepConflictSide } from './sharingActions';
import { SharingBackLink } from './SharingBackLink';

/** The same detail changed on two computers, as imports found them: keep one side of each. */
export function ConflictsPage() {
  const { data: conflicts, error } = useData('conflicts.list', {});

  useEffect(() => {
    if (conflicts) setReviewCount('conflicts', conflicts.length);
  }, [conflicts]);

  return (
    <div className="page page--narrow sharing">
      <PageHeader
        before={<SharingBackLink />}
        title="Conflicts"
        subtitle={
          conflicts && conflicts.length > 0
            ? 'The same detail was changed on two computers. Keep one side of each: your choice is a change like any other, and reaches colleagues with your next export.'
            : undefined
        }
      />
      {error && (
        <p className="page-error" role="alert">
          {error.message}
        </p>
      )}
      {conflicts?.length === 0 && (
        <EmptyState icon={CircleCheck} title="No conflicts to review">
          <p>When a colleague’s export changes a detail you changed too, both values wait here for you to choose.</p>
        </EmptyState>
      )}
      {conflicts && conflicts.length > 0 && (
        <ul className="sharing-list" aria-label="Conflicts to review">
          {conflicts.map((conflict) => (
            <li key={conflict.id}>
              <ConflictCard conflict={conflict} onKeep={(side) => keepConflictSide(conflict, side)} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
