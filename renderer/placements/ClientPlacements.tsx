import { HandCoins } from 'lucide-react';
import { useState } from 'react';
import type { Client } from '../../src/api/clients';
import { invoiceStatusLabels } from '../../src/api/placements';
import { useData } from '../api/data';
import { formatMoney } from '../ui/format';
import { formatDays, formatShare } from '../reports/reportFormat';
import { plusDaysOf } from './days';
import { PlacementDialog } from './PlacementDialog';
import { formatDay, todayDay } from '../ui/dates';

/** The client's placements, what they owe, and how fast they answered over the last year. */
export function ClientPlacements({ client }: { client: Client }) {
  const [open, setOpen] = useState<string | null>(null);
  const { data } = useData('placements.list', { clientId: client.id });
  const today = todayDay();
  const { data: answers } = useData('reports.responsiveness', { from: plusDaysOf(today, -365), to: today, clientId: client.id });
  const owed = data?.totals.filter((t) => t.owed > 0) ?? [];
  const m = answers?.overall;
  return (
    <section className="card" aria-labelledby="client-placements-heading">
      <header className="card-header">
        <h2 className="card-title card-title--icon" id="client-placements-heading">
          <HandCoins size={15} aria-hidden />
          Placements and what they owe
        </h2>
      </header>
      {m && m.submissions.value! > 0 && (
        <p className="muted card-lead">
          Over the last year {client.name} answered a submission in {formatDays(m.toFirstFeedback.median)} (median; 90th percentile {formatDays(m.toFirstFeedback.p90)}), never
          answered {formatShare(m.neverAnsweredShare)}, and lost {m.lostWhileWaiting.value} {m.lostWhileWaiting.value === 1 ? 'candidate' : 'candidates'} to a competitor while you waited.
        </p>
      )}
      <ResponsivenessTrend clientId={client.id} today={today} />
      {data?.items.length === 0 && <p className="muted">No placements with {client.name} yet.</p>}
      {data && data.items.length > 0 && (
        <>
          <p>
            {owed.length === 0 ? 'Nothing owed.' : `Owed: ${owed.map((t) => formatMoney({ amount: t.owed, currency: t.currency })).join(', ')}`}
            {data.totals.some((t) => t.overdue > 0) && (
              <span className="status-pill status-pill--danger"> {data.totals.filter((t) => t.overdue > 0).map((t) => `${formatMoney({ amount: t.overdue, currency: t.currency })} overdue`).join(', ')}</span>
            )}
          </p>
          <ul className="report-records">
            {data.items.map((p) => (
              <li key={p.id}>
                <button type="button" className="link-button" onClick={() => setOpen(p.submissionId)}>
                  {p.candidateName}
                </button>
                <span className="muted">
                  {' '}
                  · {p.jobTitle} · placed {formatDay(p.placedOn)} · {p.fee ? formatMoney(p.fee) : 'no fee'} · {invoiceStatusLabels[p.status]}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {open && <PlacementDialog submissionId={open} onClose={() => setOpen(null)} />}
    </section>
  );
}

/** The last four calendar quarters, oldest first. */
function lastQuarters(today: string): { from: string; to: string }[] {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const first = year * 4 + Math.floor((month - 1) / 3);
  return [3, 2, 1, 0].map((back) => {
    const q = first - back;
    const [y, m] = [Math.floor(q / 4), (q % 4) * 3 + 1];
    const pad = (n: number) => String(n).padStart(2, '0');
    return { from: `${y}-${pad(m)}-01`, to: plusDaysOf(`${m === 10 ? y + 1 : y}-${pad(m === 10 ? 1 : m + 3)}-01`, -1) };
  });
}

/** How fast the client answered, quarter by quarter: the trend a recruiter weighs before submitting more. */
function ResponsivenessTrend({ clientId, today }: { clientId: string; today: string }) {
  return (
    <dl className="client-trend" aria-label="Median days to first feedback, by quarter">
      {lastQuarters(today).map((q) => (
        <QuarterAnswer key={q.from} clientId={clientId} period={q} />
      ))}
    </dl>
  );
}

function QuarterAnswer({ clientId, period }: { clientId: string; period: { from: string; to: string } }) {
  const { data } = useData('reports.responsiveness', { ...period, clientId });
  const label = `Q${Math.floor(Number(period.from.slice(5, 7)) / 3) + 1} ${period.from.slice(0, 4)}`;
  return (
    <div>
      <dt>{label}</dt>
      <dd>{data ? formatDays(data.overall.toFirstFeedback.median) : '…'}</dd>
    </div>
  );
}
