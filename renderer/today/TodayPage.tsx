import { Sunrise } from 'lucide-react';
import { EmptyState } from '../ui/EmptyState';
import { PageHeader } from '../ui/PageHeader';

export function TodayPage() {
  return (
    <div className="page">
      <PageHeader title="Today" />
      <EmptyState icon={Sunrise} title="Your day will start here">
        <p>
          Follow-ups that are due will gather on this page: feedback to chase from a client, the debrief the day after
          an interview, the weekly check-in agreed at intake. Shortlist will propose most of them from your data.
        </p>
      </EmptyState>
    </div>
  );
}
