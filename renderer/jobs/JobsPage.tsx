import { BriefcaseBusiness } from 'lucide-react';
import { EmptyState } from '../ui/EmptyState';
import { PageHeader } from '../ui/PageHeader';

export function JobsPage() {
  return (
    <div className="page">
      <PageHeader title="Jobs" />
      <EmptyState icon={BriefcaseBusiness} title="Job orders are on their way">
        <p>
          Each job you take on for a client will live here with its intake notes: must-have and nice-to-have skills,
          compensation, interview stages, selling points, deal-breakers and how urgent the hire is.
        </p>
      </EmptyState>
    </div>
  );
}
