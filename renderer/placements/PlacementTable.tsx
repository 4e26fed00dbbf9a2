import { Link } from 'wouter';
import { invoiceStatusLabels, type PlacementList } from '../../src/api/placements';
import { paths } from '../app/paths';
import { formatDay } from '../ui/dates';
import { formatMoney } from '../ui/format';
import { fallOffMoney } from './fallOffMoney';

const tones = { not_raised: 'grey', raised: 'accent', overdue: 'danger', paid: 'green', fallen_off: 'amber' } as const;

/** One row per placement; the sums of each currency at the foot. */
export function PlacementTable({ list, onOpen }: { list: PlacementList; onOpen: (submissionId: string) => void }) {
  return (
    <div className="card report-table-frame">
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">Candidate</th>
            <th scope="col">Job</th>
            <th scope="col">Placed</th>
            <th scope="col">Starts</th>
            <th scope="col" className="num">Fee</th>
            <th scope="col">Split</th>
            <th scope="col">Invoice</th>
            <th scope="col">Due</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {list.items.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onOpen(p.submissionId)}>
                  {p.candidateName}
                </button>
              </th>
              <td>
                <Link href={paths.job(p.jobId)}>{p.jobTitle}</Link> <span className="muted">· {p.clientName}</span>
              </td>
              <td>{formatDay(p.placedOn)}</td>
              <td>{formatDay(p.startOn)}</td>
              <td className="num">{p.fee ? formatMoney(p.fee) : '—'}</td>
              <td>{p.splits.map((s) => `${s.recruiter} ${s.percent}%`).join(', ') || '—'}</td>
              <td>{p.invoice?.number ?? '—'}</td>
              <td>{p.invoice ? formatDay(p.invoice.dueOn) : '—'}</td>
              <td>
                <span className={`status-pill status-pill--${tones[p.status]}`}>{invoiceStatusLabels[p.status]}</span>
                {/* A free replacement's fee is still owed, and may be late. */}
                {p.status === 'fallen_off' && p.overdue && (
                  <>
                    {' '}
                    <span className="status-pill status-pill--danger">{invoiceStatusLabels.overdue}</span>
                  </>
                )}
                {fallOffMoney(p) && <span className="muted"> · {fallOffMoney(p)}</span>}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          {list.totals.map((t) => (
            <tr key={t.currency}>
              <th scope="row">Total {t.currency}</th>
              <td colSpan={3}>
                {t.count} {t.count === 1 ? 'placement' : 'placements'}
              </td>
              <td className="num">{formatMoney({ amount: t.fees, currency: t.currency })}</td>
              <td colSpan={4}>
                Invoiced {formatMoney({ amount: t.invoiced, currency: t.currency })} · paid {formatMoney({ amount: t.paid, currency: t.currency })} · owed{' '}
                {formatMoney({ amount: t.owed, currency: t.currency })}
                {t.overdue > 0 && <> · overdue {formatMoney({ amount: t.overdue, currency: t.currency })}</>}
                {t.refunded > 0 && <> · refunded {formatMoney({ amount: t.refunded, currency: t.currency })}</>}
              </td>
            </tr>
          ))}
        </tfoot>
      </table>
    </div>
  );
}
