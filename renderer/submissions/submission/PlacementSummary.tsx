import { PartyPopper } from 'lucide-react';
import type { Placement } from '../../../src/api/submissions';
import { formatDay, todayDay } from '../../ui/dates';
import { formatMoney } from '../../ui/format';

function guaranteeNote(endsOn: string): string {
  const today = todayDay();
  if (endsOn < today) return 'ended';
  const [y, m, d] = endsOn.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  const days = Math.round((new Date(y!, m! - 1, d!).getTime() - new Date(ty!, tm! - 1, td!).getTime()) / 86_400_000);
  return days === 0 ? 'ends today' : `${days} ${days === 1 ? 'day' : 'days'} to go`;
}

/** The fee as a share of the salary, "20%", when both are in one currency. */
function share({ fee, salary }: Placement): string | null {
  if (!fee || fee.currency !== salary.currency || salary.amount === 0) return null;
  return `${new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 }).format((fee.amount / salary.amount) * 100)}%`;
}

/** What the placement brings: the start, the salary, the agency's fee, and how long the guarantee runs. */
export function PlacementSummary({ placement }: { placement: Placement }) {
  return (
    <section className="card placement" aria-labelledby="placement-heading">
      <h2 className="card-title card-title--icon" id="placement-heading">
        <PartyPopper size={17} aria-hidden />
        Placement
      </h2>
      <dl className="placement-details">
        <div className="detail">
          <dt className="detail-term">Starts</dt>
          <dd className="detail-value">{formatDay(placement.startOn)}</dd>
        </div>
        <div className="detail">
          <dt className="detail-term">Salary</dt>
          <dd className="detail-value numeric">{formatMoney(placement.salary)}</dd>
        </div>
        <div className="detail">
          <dt className="detail-term">Fee</dt>
          <dd className="detail-value numeric placement-fee">
            {placement.fee ? (
              <>
                {formatMoney(placement.fee)}
                {share(placement) && <span className="placement-note">{share(placement)} of salary</span>}
              </>
            ) : (
              <span className="muted">No fee terms on the job</span>
            )}
          </dd>
        </div>
        <div className="detail">
          <dt className="detail-term">Guarantee ends</dt>
          <dd className="detail-value">
            {placement.guaranteeEndsOn ? (
              <>
                {formatDay(placement.guaranteeEndsOn)}
                <span className="placement-note">{guaranteeNote(placement.guaranteeEndsOn)}</span>
              </>
            ) : (
              <span className="muted">No guarantee agreed</span>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
