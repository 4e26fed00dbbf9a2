import { UsersRound } from 'lucide-react';
import { EmptyState } from '../ui/EmptyState';
import { PageHeader } from '../ui/PageHeader';

export function CandidatesPage() {
  return (
    <div className="page">
      <PageHeader title="Candidates" />
      <EmptyState icon={UsersRound} title="Candidates are on their way">
        <p>
          The people you screen will live here with what you learned about them, and every submission’s path from
          shortlisted to placed, with each interview and piece of feedback dated.
        </p>
      </EmptyState>
    </div>
  );
}
