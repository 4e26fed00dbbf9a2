import { memo } from 'react';
import type { ActivityReport, SourcesReport } from '../../src/api/reports';
import { BarsChart } from './Chart';
import { FigureLink } from './FigureLink';
import { formatShare } from './reportFormat';
import { ReportSection } from './ReportSection';

const counts = [
  ['submissions', 'Submissions'],
  ['interviews', 'Interviews'],
  ['placements', 'Placements'],
] as const;

/** Drawn again only when its answer changes, not as each other report's answer arrives. */
export const SourcesSection = memo(function SourcesSection({ r }: { r: SourcesReport }) {
  return (
    <ReportSection
      report="sources"
      lead="Where the candidates submitted in the period came from, and how far they got."
      chart={<BarsChart data={r.sources.map((s) => ({ source: s.source, ...Object.fromEntries(counts.map(([k]) => [k, s[k].value])) }))} category="source" bars={counts.map(([key, label]) => ({ key, label }))} horizontal />}
    >
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">Source</th>
            {counts.map(([, label]) => (
              <th key={label} scope="col" className="num">
                {label}
              </th>
            ))}
            <th scope="col" className="num">
              Interviewed
            </th>
            <th scope="col" className="num">
              Placed
            </th>
          </tr>
        </thead>
        <tbody>
          {r.sources.map((s) => (
            <tr key={s.source}>
              <th scope="row">{s.source}</th>
              {counts.map(([key, label]) => (
                <td key={key} className="num">
                  <FigureLink report="sources" figure={s[key]} label={`${label} from ${s.source}`} />
                </td>
              ))}
              <td className="num">{formatShare(s.interviewRate)}</td>
              <td className="num">{formatShare(s.placementRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ReportSection>
  );
});

/** Drawn again only when its answer changes, not as each other report's answer arrives. */
export const ActivitySection = memo(function ActivitySection({ r }: { r: ActivityReport }) {
  return (
    <ReportSection
      report="activity"
      lead="Candidates submitted, interviews held and placements made, week by week."
      chart={<BarsChart data={r.weeks.map((w) => ({ week: w.week.slice(5), ...Object.fromEntries(counts.map(([k]) => [k, w[k].value])) }))} category="week" bars={counts.map(([key, label]) => ({ key, label }))} />}
    >
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">Week of</th>
            {counts.map(([, label]) => (
              <th key={label} scope="col" className="num">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {r.weeks.map((w) => (
            <tr key={w.week}>
              <th scope="row">{w.week}</th>
              {counts.map(([key, label]) => (
                <td key={key} className="num">
                  <FigureLink report="activity" figure={w[key]} label={`${label}, week of ${w.week}`} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ReportSection>
  );
});
