import { memo } from 'react';
import { ReferenceLine } from 'recharts';
import type { RevenueReport } from '../../src/api/reports';
import { stageLabels } from '../../src/api/submissions';
import { formatMoney } from '../ui/format';
import { BarsChart } from './Chart';
import { FigureLink } from './FigureLink';
import { formatShare } from './reportFormat';
import { ReportSection } from './ReportSection';

const measures = [
  ['placed', 'Placed'],
  ['invoiced', 'Invoiced'],
  ['paid', 'Paid'],
  ['overdue', 'Overdue'],
  ['refunded', 'Refunded'],
] as const;

/** Drawn again only when its answer changes, not as each other report's answer arrives. */
export const RevenueSection = memo(function RevenueSection({ r }: { r: RevenueReport }) {
  const money = (amount: number) => formatMoney({ amount, currency: r.currency });
  const data = r.months.map((m) => ({ month: m.month, ...Object.fromEntries(measures.map(([k]) => [k, m[k].value])) }));
  const monthlyGoal = r.goal ? r.goal.amount / 12 : null;
  return (
    <ReportSection
      report="revenue"
      lead={`Fees in ${r.currency} by the month they were placed, invoiced, paid, fell due unpaid, or were refunded after a fall-off.`}
      chart={
        <BarsChart
          data={data}
          category="month"
          bars={measures.slice(0, 4).map(([key, label]) => ({ key, label }))}
          extra={monthlyGoal && <ReferenceLine y={monthlyGoal} stroke="var(--text-faint)" strokeDasharray="4 3" label={{ value: 'Goal a month', fill: 'var(--text-muted)', fontSize: 11, position: 'insideBottomLeft' }} />}
        />
      }
    >
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">Month</th>
            {measures.map(([, label]) => (
              <th key={label} scope="col" className="num">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...r.months, { month: 'Total', ...r.totals }].map((m) => (
            <tr key={m.month}>
              <th scope="row">{m.month}</th>
              {measures.map(([key, label]) => (
                <td key={key} className="num">
                  <FigureLink report="revenue" figure={m[key]} label={`${label}, ${m.month}`} text={money(m[key].value ?? 0)} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="report-facts">
        {r.goal && (
          <div>
            <dt>{r.goal.year} against the goal of {money(r.goal.amount)}</dt>
            <dd>
              <FigureLink report="revenue" figure={r.goal.placedNet} label={`Placed in ${r.goal.year}, less refunds`} text={money(r.goal.placedNet.value ?? 0)} /> ({formatShare(r.goal.share)}; at the
              goal’s pace, {money(r.goal.expectedByNow)} by today)
            </dd>
          </div>
        )}
        <div>
          <dt>Forecast: each open submission’s fee × its stage’s chance of a placement (Settings)</dt>
          <dd>
            <FigureLink report="revenue" figure={r.forecast.total} label="Forecast" text={money(r.forecast.total.value ?? 0)} />
            {r.forecast.byStage
              .filter((s) => s.probability > 0)
              .map((s) => (
                <span key={s.stage} className="muted">
                  {' '}
                  · {stageLabels[s.stage]}: <FigureLink report="revenue" figure={s.fees} label={`Fees at ${stageLabels[s.stage]}`} text={money(s.fees.value ?? 0)} /> × {formatShare(s.probability)}
                </span>
              ))}
            {(r.forecast.withoutEstimate.value ?? 0) > 0 && (
              <span className="muted">
                {' '}
                · <FigureLink report="revenue" figure={r.forecast.withoutEstimate} label="Open submissions with no fee to estimate" /> without fee terms or a salary to estimate
              </span>
            )}
          </dd>
        </div>
        {r.otherCurrencies.map((o) => (
          <div key={o.currency}>
            <dt>Placed in {o.currency}</dt>
            <dd>
              <FigureLink report="revenue" figure={o.placed} label={`Placed in ${o.currency}`} text={formatMoney({ amount: o.placed.value ?? 0, currency: o.currency })} />
            </dd>
          </div>
        ))}
      </dl>
    </ReportSection>
  );
});
