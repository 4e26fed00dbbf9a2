import type { Figure, ReportName } from '../../src/api/reports';
import { formatAmount } from './reportFormat';
import { openRecords } from './reportsStore';

/** A figure as a link to the records behind it. */
export function FigureLink({ report, figure, label, text }: { report: ReportName; figure: Figure; label: string; text?: string }) {
  const shown = text ?? formatAmount(figure.value);
  if (figure.value === 0 || figure.value === null) return <span className="muted">{shown}</span>;
  return (
    <button type="button" className="figure-link" onClick={() => openRecords({ report, key: figure.key, label })} aria-label={`${label}: ${shown}. Show the records`}>
      {shown}
    </button>
  );
}
