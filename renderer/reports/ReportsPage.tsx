import { FileDown } from 'lucide-react';
import { useEffect } from 'react';
import { useData } from '../api/data';
import { Button } from '../ui/Button';
import { PageHeader } from '../ui/PageHeader';
import { FunnelSection } from './FunnelSection';
import { RecordsDialog } from './RecordsDialog';
import { ReportFilters } from './ReportFilters';
import { drawAllRowsWhenPrinted, saveReportsAsPdf } from './reportActions';
import { useReports } from './reportsStore';
import { ResponsivenessSection } from './ResponsivenessSection';
import { RevenueSection } from './RevenueSection';
import { ActivitySection, SourcesSection } from './SourcesSection';
import { TimeSection } from './TimeSection';

/** The business at a glance: each report a chart with its table, every figure a link to its records. */
export function ReportsPage() {
  const filters = useReports((s) => s.filters);
  useEffect(drawAllRowsWhenPrinted, []);
  const revenue = useData('reports.revenue', filters);
  const funnel = useData('reports.funnel', filters);
  const time = useData('reports.time', filters);
  const responsiveness = useData('reports.responsiveness', filters);
  const sources = useData('reports.sources', filters);
  const activity = useData('reports.activity', filters);
  const error = [revenue, funnel, time, responsiveness, sources, activity].find((r) => r.error)?.error;
  return (
    <div className="page reports-page">
      <PageHeader
        title="Reports"
        subtitle={`${filters.from} to ${filters.to}`}
        actions={
          <Button icon={FileDown} className="no-print" onClick={() => void saveReportsAsPdf(filters)}>
            Save as PDF
          </Button>
        }
      />
      <ReportFilters />
      {error && (
        <p className="page-error" role="alert">
          {error.message}
        </p>
      )}
      {revenue.data && <RevenueSection r={revenue.data} />}
      {funnel.data && <FunnelSection r={funnel.data} />}
      {time.data && <TimeSection r={time.data} />}
      {responsiveness.data && <ResponsivenessSection r={responsiveness.data} />}
      {sources.data && <SourcesSection r={sources.data} />}
      {activity.data && <ActivitySection r={activity.data} />}
      <RecordsDialog />
    </div>
  );
}
