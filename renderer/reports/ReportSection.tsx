import { Download } from 'lucide-react';
import { useEffect, useState, type ReactNode } from 'react';
import { reportLabels, type ReportName } from '../../src/api/reports';
import { call } from '../api/client';
import { Button } from '../ui/Button';
import { downloadFile } from '../ui/downloadFile';
import { useReports } from './reportsStore';

/** One report: its chart with its table beside it, and its CSV. */
export function ReportSection({ report, lead, chart, children }: { report: ReportName; lead: ReactNode; chart: ReactNode; children: ReactNode }) {
  const filters = useReports((s) => s.filters);
  const id = `report-${report}`;
  const [near, chartBox] = useNearView();
  // A saved PDF holds every chart.
  const printing = useReports((s) => s.printing);
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
        <div className="report-chart" inert ref={chartBox}>
          {near || printing ? chart : <div className="report-chart-waiting" />}
        </div>
        <div className="report-tables">{children}</div>
      </div>
    </section>
  );
}

/**
 * Whether the element has come near the view (and stays so once it has): the charts below the fold
 * are drawn when scrolled to, not with the screen. Each chart measures its box as it mounts, which
 * lays the whole page out again: six at once were some 100 ms of the screen's first paint at
 * 100,000 candidates (a CPU profile of it).
 */
function useNearView(): [boolean, (element: HTMLElement | null) => void] {
  const [near, setNear] = useState(false);
  const [element, setElement] = useState<HTMLElement | null>(null);
  useEffect(() => {
    if (near || !element) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: '200px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, element]);
  return [near, setElement];
}
