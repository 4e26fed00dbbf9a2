import { memo } from 'react';
import { Link } from 'wouter';
import type { Spread, TimeReport } from '../../src/api/reports';
import { stageLabels } from '../../src/api/submissions';
import { paths } from '../app/paths';
import { BarsChart } from './Chart';
import { FigureLink } from './FigureLink';
import { formatDays } from './reportFormat';
import { ReportSection } from './ReportSection';
import { StuckList } from './StuckList';

function SpreadRow({ label, spread }: { label: string; spread: Spread }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td className="num">
        <FigureLink report="time" figure={spread.count} label={label} />
      </td>
      <td className="num">{formatDays(spread.median)}</td>
      <td className="num">{formatDays(spread.p90)}</td>
    </tr>
  );
}

/** Drawn again only when its answer changes, not as each other report's answer arrives. */
export const TimeSection = memo(function TimeSection({ r }: { r: TimeReport }) {
  return (
    <ReportSection
      report="time"
      lead="How long jobs take to fill and submissions wait in each stage, from the stage history."
      chart={
        <BarsChart
          data={r.stages.map((s) => ({ stage: stageLabels[s.stage], median: s.median, p90: s.p90 }))}
          category="stage"
          bars={[
            { key: 'median', label: 'Median days' },
            { key: 'p90', label: '90th percentile' },
          ]}
          horizontal
        />
      }
    >
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">Measured</th>
            <th scope="col" className="num">
              How many
            </th>
            <th scope="col" className="num">
              Median
            </th>
            <th scope="col" className="num">
              90th percentile
            </th>
          </tr>
        </thead>
        <tbody>
          <SpreadRow label="Job opened to first submission" spread={r.toFirstSubmission} />
          <SpreadRow label="Job opened to filled" spread={r.toFill} />
          {r.stages.map((s) => (
            <SpreadRow key={s.stage} label={`In ${stageLabels[s.stage]}`} spread={s} />
          ))}
        </tbody>
      </table>
      {r.jobs.length > 0 && (
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">Job opened in the period</th>
              <th scope="col" className="num">
                To first submission
              </th>
              <th scope="col" className="num">
                To fill
              </th>
            </tr>
          </thead>
          <tbody>
            {r.jobs.map((j) => (
              <tr key={j.jobId}>
                <th scope="row">
                  <Link href={paths.job(j.jobId)}>{j.title}</Link> <span className="muted">· {j.clientName}{j.reopened && ' · reopened'}</span>
                </th>
                <td className="num">{formatDays(j.toFirstSubmission)}</td>
                <td className="num">{formatDays(j.toFill)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <StuckList r={r} />
    </ReportSection>
  );
});
