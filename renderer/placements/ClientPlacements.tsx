import { HandCoins } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'wouter';
import type { Client } from '../../src/api/clients';
import { invoiceStatusLabels } from '../../src/api/placements';
import { useData } from '../api/data';
import { formatMoney } from '../ui/format';
import { formatDays, formatShare } from '../reports/reportFormat';
import { lastQuarters } from '../reports/reportPeriod';
import { showClientInReports } from '../reports/reportsStore';
import { paths } from '../app/paths';
import { plusDaysOf } from './days';
import { fallOffMoney } from './fallOffMoney';
import { PlacementDialog } from './PlacementDialog';
import { formatDay, todayDay } from '../ui/dates';

/** The client's placements, what they owe, and how fast they answered over the last year. */
export function ClientPlacements({ client }: { client: Client }) {
  const [open, setOpen] = useState<string | null>(null);
  const { data } = useData('placements.list', { clientId: client.id });
  const today = todayDay();
  const lastYear = { from: plusDaysOf(today, -365), to: today };
  const { data: answers } = useData('reports.responsiveness', { ...lastYear, clientId: client.id });
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
          answered {formatShare(m.neverAnsweredShare)}, and lost {m.lostWhileWaiting.value} {m.lostWhileWaiting.value === 1 ? 'candidate' : 'candidates'} to a competitor while you waited.{' '}
          {/* The same figures on the Reports screen, each a link to the submissions behind it. */}
          <Link href={paths.reports} onClick={() => showClientInReports(client.id, lastYear)}>
            Their year in Reports
          </Link>
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
                  {fallOffMoney(p) && ` · ${fallOffMoney(p)}`}
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

/** How fast the client answered, quarter by quarter: the trend a recruiter weighs before submitting more. */
function ResponsivenessTrend({ clientId, today }: { clientId: string; today: string }) {
  return (
    <figure className="client-trend-figure">
      <figcaption className="muted" id={`trend-${clientId}`}>
        Days to first feedback (median), quarter by quarter
      </figcaption>
      <dl className="client-trend" aria-labelledby={`trend-${clientId}`}>
        {lastQuarters(today).map((q) => (
          <QuarterAnswer key={q.from} clientId={clientId} period={q} />
        ))}
      </dl>
    </figure>
  );
}

function QuarterAnswer({ clientId, period }: { clientId: string; period: { from: string; to: string; label: string } }) {
  const { data } = useData('reports.responsiveness', { from: period.from, to: period.to, clientId });
  return (
    <div>
      <dt>{period.label}</dt>
      <dd>{data ? formatDays(data.overall.toFirstFeedback.median) : '…'}</dd>
    </div>
  );
}
