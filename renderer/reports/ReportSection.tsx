import { Download } from 'lucide-react';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { reportLabels, type ReportName } from '../../src/api/reports';
import { call } from '../api/client';
import { Button } from '../ui/Button';
import { downloadFile } from '../ui/downloadFile';
import { ChartWidth } from './Chart';
import { useReports } from './reportsStore';

const StaleReport = createContext(false);

/** Marks the report inside as the answer for the filters before, shown (dimmed) until the new one comes. */
export function Stale({ when, children }: { when: boolean; children: ReactNode }) {
  return <StaleReport.Provider value={when}>{children}</StaleReport.Provider>;
}

/** One report: its chart with its table beside it, and its CSV. */
export function ReportSection({ report, lead, chart, children }: { report: ReportName; lead: ReactNode; chart: ReactNode; children: ReactNode }) {
  const filters = useReports((s) => s.filters);
  const id = `report-${report}`;
  const stale = useContext(StaleReport);
  const [near, width, chartBox] = useChartBox();
  // A saved PDF holds every chart.
  const printing = useReports((s) => s.printing);
  return (
    <section className={stale ? 'card report-section report-stale' : 'card report-section'} aria-labelledby={id} aria-busy={stale || undefined}>
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
          {(near || printing) && width > 0 ? <ChartWidth.Provider value={width}>{chart}</ChartWidth.Provider> : <div className="report-chart-waiting" />}
        </div>
        <div className="report-tables">{children}</div>
      </div>
    </section>
  );
}

/**
 * Whether the chart's box has come near the view (and stays so once it has), and its width. The
 * charts below the fold are drawn when scrolled to, not with the screen. The width comes from a
 * ResizeObserver, which is told it after the browser's own layout: recharts' ResponsiveContainer
 * read it with getComputedStyle as each chart mounted, a layout of the whole page forced in the
 * middle of React's work each time (some 30 ms of the screen's paint at 100,000 candidates in a
 * CPU profile, and 100 ms when all six were drawn at once).
 */
function useChartBox(): [boolean, number, (element: HTMLElement | null) => void] {
  const [near, setNear] = useState(false);
  const [width, setWidth] = useState(0);
  const [element, setElement] = useState<HTMLElement | null>(null);
  useEffect(() => {
    if (!element) return;
    const resized = new ResizeObserver((entries) => setWidth(Math.floor(entries[entries.length - 1]!.contentRect.width)));
    resized.observe(element);
    return () => resized.disconnect();
  }, [element]);
  useEffect(() => {
    if (near || !element) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: '200px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, element]);
  return [near, width, setElement];
}
