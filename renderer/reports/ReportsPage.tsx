import { FileDown } from 'lucide-react';
import { useEffect, type ComponentType } from 'react';
import { Button } from '../ui/Button';
import { PageHeader } from '../ui/PageHeader';
import type { ReportInput } from '../../src/api/reports';
import { AnswerFilters } from './FoldedRows';
import { FunnelSection } from './FunnelSection';
import { RecordsDialog } from './RecordsDialog';
import { ReportFilters } from './ReportFilters';
import { drawAllRowsWhenPrinted, saveReportsAsPdf } from './reportActions';
import { Stale } from './ReportSection';
import { useReports } from './reportsStore';
import { ResponsivenessSection } from './ResponsivenessSection';
import { RevenueSection } from './RevenueSection';
import { ActivitySection, SourcesSection } from './SourcesSection';
import { TimeSection } from './TimeSection';
import { useReport } from './useReport';

/** The business at a glance: each report a chart with its table, every figure a link to its records. */
export function ReportsPage() {
  const filters = useReports((s) => s.filters);
  useEffect(drawAllRowsWhenPrinted, []);
  // Asked in the order they stand on the screen: the two reader threads answer the reports in view first.
  const revenue = useReport('reports.revenue', filters);
  const funnel = useReport('reports.funnel', filters);
  const time = useReport('reports.time', filters);
  const responsiveness = useReport('reports.responsiveness', filters);
  const sources = useReport('reports.sources', filters);
  const activity = useReport('reports.activity', filters);
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
      {/* Each section is drawn as its answer comes, and only then: the others are memoised on their answer. */}
      <Shown report={revenue} Section={RevenueSection} />
      <Shown report={funnel} Section={FunnelSection} />
      <Shown report={time} Section={TimeSection} />
      <Shown report={responsiveness} Section={ResponsivenessSection} />
      <Shown report={sources} Section={SourcesSection} />
      <Shown report={activity} Section={ActivitySection} />
      <RecordsDialog />
    </div>
  );
}

/** A report's section once it has an answer, marked stale while the answer for new filters comes. */
function Shown<R>({ report, Section }: { report: { data: R | undefined; filters: ReportInput; stale: boolean }; Section: ComponentType<{ r: R }> }) {
  if (report.data === undefined) return null;
  return (
    <Stale when={report.stale}>
      <AnswerFilters.Provider value={report.filters}>
        <Section r={report.data} />
      </AnswerFilters.Provider>
    </Stale>
  );
}
