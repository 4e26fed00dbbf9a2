import { memo } from 'react';
import type { Responsiveness, ResponsivenessAnswer } from '../../src/api/reports';
import { BarsChart } from './Chart';
import { FigureLink } from './FigureLink';
import { FoldedRows } from './FoldedRows';
import { formatDays, formatShare } from './reportFormat';
import { ReportSection } from './ReportSection';

export function ResponsivenessCells({ m, who }: { m: Responsiveness; who: string }) {
  const spread = (s: Responsiveness['toFirstFeedback'], what: string) => (
    <td className="num">
      {formatDays(s.median)} <span className="muted">/ {formatDays(s.p90)}</span>{' '}
      <span className="muted">
        (<FigureLink report="responsiveness" figure={s.count} label={`${what}: ${who}`} />)
      </span>
    </td>
  );
  return (
    <>
      <td className="num">
        <FigureLink report="responsiveness" figure={m.submissions} label={`Submitted: ${who}`} />
      </td>
      {spread(m.toFirstFeedback, 'Submission to first feedback')}
      {spread(m.interviewToFeedback, 'Interview to feedback')}
      {spread(m.offerToAnswer, 'Offer to answer')}
      <td className="num">
        <FigureLink report="responsiveness" figure={m.neverAnswered} label={`Never answered: ${who}`} text={formatShare(m.neverAnsweredShare)} />
      </td>
      <td className="num">
        <FigureLink report="responsiveness" figure={m.lostWhileWaiting} label={`Lost to a competitor while waiting: ${who}`} />
      </td>
    </>
  );
}

export const responsivenessHead = (first: string) => (
  <tr>
    <th scope="col">{first}</th>
    <th scope="col" className="num">
      Submitted
    </th>
    <th scope="col" className="num">
      To first feedback <span className="muted">median / 90th</span>
    </th>
    <th scope="col" className="num">
      Interview to feedback
    </th>
    <th scope="col" className="num">
      Offer to answer
    </th>
    <th scope="col" className="num">
      Never answered
    </th>
    <th scope="col" className="num">
      Lost while waiting
    </th>
  </tr>
);

/** Drawn again only when its answer changes, not as each other report's answer arrives. */
export const ResponsivenessSection = memo(function ResponsivenessSection({ r }: { r: ResponsivenessAnswer }) {
  return (
    <ReportSection
      report="responsiveness"
      lead="How fast each client answers the candidates submitted in the period, and how many they lose while you wait."
      chart={
        <BarsChart
          // The busiest clients (hundreds of bars said nothing), of them all; the table lists every one.
          data={r.busiest.map((c) => ({ client: c.name, median: c.median, p90: c.p90 }))}
          category="client"
          bars={[
            { key: 'median', label: 'Median days to feedback' },
            { key: 'p90', label: '90th percentile' },
          ]}
          horizontal
        />
      }
    >
      <table className="report-table">
        <thead>{responsivenessHead('Client')}</thead>
        <tbody>
          <tr>
            <th scope="row">Every client</th>
            <ResponsivenessCells m={r.overall} who="every client" />
          </tr>
          <FoldedRows
            of={{ report: 'responsiveness', table: 'byClient' }}
            rows={r.byClient}
            total={r.totalRows.byClient}
            noun="clients"
            columns={7}
            row={(c) => (
              <tr key={c.clientId}>
                <th scope="row">{c.name}</th>
                <ResponsivenessCells m={c} who={c.name} />
              </tr>
            )}
          />
        </tbody>
      </table>
      <table className="report-table">
        <thead>{responsivenessHead('Hiring manager')}</thead>
        <tbody>
          <FoldedRows
            of={{ report: 'responsiveness', table: 'byContact' }}
            rows={r.byContact}
            total={r.totalRows.byContact}
            noun="hiring managers"
            columns={7}
            row={(c) => (
              <tr key={`${c.contactId ?? 'none'}-${c.clientName}`}>
                <th scope="row">
                  {c.name} <span className="muted">· {c.clientName}</span>
                </th>
                <ResponsivenessCells m={c} who={c.name} />
              </tr>
            )}
          />
        </tbody>
      </table>
    </ReportSection>
  );
});
