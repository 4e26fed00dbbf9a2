import { memo, type ReactNode } from 'react';
import type { FunnelAnswer, FunnelCounts } from '../../src/api/reports';
import { stageLabels } from '../../src/api/submissions';
import { BarsChart } from './Chart';
import { FigureLink } from './FigureLink';
import { FoldedRows } from './FoldedRows';
import { formatShare } from './reportFormat';
import { ReportSection } from './ReportSection';

function StepCells({ counts, who }: { counts: FunnelCounts; who: string }) {
  return (
    <>
      {counts.steps.map((s) => (
        <td key={s.step} className="num">
          <FigureLink report="funnel" figure={s.count} label={`${stageLabels[s.step]}: ${who}`} />
          {s.conversion !== null && <span className="muted report-conversion"> {formatShare(s.conversion)}</span>}
        </td>
      ))}
      <td className="num">{formatShare(counts.hitRate)}</td>
    </>
  );
}

/** A row of the table: who, and their counts at each step. */
const row = (key: string, who: ReactNode, counts: FunnelCounts, name: string, className?: string) => (
  <tr key={key}>
    <th scope="row" className={className}>
      {who}
    </th>
    <StepCells counts={counts} who={name} />
  </tr>
);

/** Drawn again only when its answer changes, not as each other report's answer arrives. */
export const FunnelSection = memo(function FunnelSection({ r }: { r: FunnelAnswer }) {
  const columns = r.steps.length + 2;
  const head = (
    <tr>
      <th scope="col">Who</th>
      {r.steps.map((s) => (
        <th key={s.step} scope="col" className="num">
          {stageLabels[s.step]}
        </th>
      ))}
      <th scope="col" className="num">
        Hit rate
      </th>
    </tr>
  );
  return (
    <ReportSection
      report="funnel"
      lead="Candidates submitted in the period: how many got to each step (a move back does not undo it), the share of the step before, and placements per submission."
      chart={<BarsChart data={r.steps.map((s) => ({ step: stageLabels[s.step], count: s.count.value }))} category="step" bars={[{ key: 'count', label: 'Submissions' }]} horizontal />}
    >
      <table className="report-table report-funnel">
        <thead>{head}</thead>
        <tbody>
          <tr>
            <th scope="row">Everyone</th>
            <StepCells counts={r} who="everyone" />
          </tr>
          <FoldedRows
            of={{ report: 'funnel', table: 'byClient' }}
            rows={r.byClient}
            total={r.totalRows.byClient}
            noun="clients"
            columns={columns}
            row={(c) => row(c.clientId, c.name, c, c.name)}
          />
          <FoldedRows
            of={{ report: 'funnel', table: 'byJob' }}
            rows={r.byJob}
            total={r.totalRows.byJob}
            noun="jobs"
            columns={columns}
            row={(j) => row(j.jobId, <>{j.name} <span className="muted">· {j.clientName}</span></>, j, j.name, 'report-indent')}
          />
        </tbody>
      </table>
      {r.closed.length > 0 && (
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">Closed</th>
              <th scope="col">Why</th>
              <th scope="col" className="num">
                Submissions
              </th>
            </tr>
          </thead>
          <tbody>
            {r.closed.map((c) => (
              <tr key={`${c.stage}-${c.reason}`}>
                <th scope="row">{stageLabels[c.stage]}</th>
                <td>{c.reason}</td>
                <td className="num">
                  <FigureLink report="funnel" figure={c.count} label={`${stageLabels[c.stage]}: ${c.reason}`} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </ReportSection>
  );
});
