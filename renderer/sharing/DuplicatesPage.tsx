import { UsersRound } from 'lucide-react';
import { useEffect } from 'react';
import { useData } from '../api/data';
import { EmptyState } from '../ui/EmptyState';
import { PageHeader } from '../ui/PageHeader';
import '../styles/sharing.css';
import { DuplicatePair } from './DuplicatePair';
import { setReviewCount } from './reviewCounts';
import { SharingBackLink } from './SharingBackLink';

/** Candidates who may be one person entered twice: merge them, or say they are two people. */
export function DuplicatesPage() {
  const { data: pairs, error } = useData('duplicates.list', {});

  useEffect(() => {
    if (pairs) setReviewCount('duplicates', pairs.length);
  }, [pairs]);

  return (
    <div className="page page--narrow sharing">
      <PageHeader
        before={<SharingBackLink />}
        title="Likely duplicates"
        subtitle={
          pairs && pairs.length > 0
            ? 'Candidates who share an email, a phone number, or a name at the same employer: often one person entered by two recruiters.'
            : undefined
        }
      />
      {error && (
        <p className="page-error" role="alert">
          {error.message}
        </p>
      )}
      {pairs?.length === 0 && (
        <EmptyState icon={UsersRound} title="No likely duplicates">
          <p>Candidates who share an email, a phone number, or a name at the same employer are listed here, for you to merge or tell apart.</p>
        </EmptyState>
      )}
      {pairs && pairs.length > 0 && (
        <ul className="sharing-list" aria-label="Likely duplicates">
          {pairs.map((pair) => (
            <li key={pair.candidates.map((c) => c.id).join()}>
              <DuplicatePair pair={pair} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
