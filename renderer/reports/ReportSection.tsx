import { Download } from 'lucide-react';
import type { ReactNode } from 'react';
import { reportLabels, type ReportName } from '../../src/api/reports';
import { call } from '../api/client';
import { Button } from '../ui/Button';
import { downloadFile } from '../ui/downloadFile';
import { useReports } from './reportsStore';

/** One report: its chart with its table beside it, and its CSV. */
export function ReportSection({ report, lead, chart, children }: { report: ReportName; lead: ReactNode; chart: ReactNode; children: ReactNode }) {
  const filters = useReports((s) => s.filters);
  const id = `report-${report}`;
  return (
    <section className="card report-section" aria-labelledby={id}>
      <header className="card-header">
        <div className="report-heading">
          <h2 className="card-title" id={id}>
            {reportLabels[report]}
          </h2>
          <p className="muted card-lead">{lead}</p>
        </div>
        <Button icon={Download} variant="ghost" className="no-print" onClick={() => void call('reports.export', { report, filters }).then(downloadFile)}>
          CSV
        </Button>
      </header>
      <div className="report-body">
        {/* The table beside it says the same to a screen reader and the keyboard; the picture is for the eye. */}
        <div className="report-chart" inert>
          {chart}
        </div>
        <div className="report-tables">{children}</div>
      </div>
    </section>
  );
}
