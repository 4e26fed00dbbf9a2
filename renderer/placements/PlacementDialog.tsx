import { Link } from 'wouter';
import { fallOffRemedyLabels, invoiceStatusLabels, type Placement } from '../../src/api/placements';
import { useData } from '../api/data';
import { paths } from '../app/paths';
import { Dialog } from '../ui/Dialog';
import { formatDay } from '../ui/dates';
import { formatMoney } from '../ui/format';
import { FallOffForm, FeeForm, InvoiceForm, PaidForm, SplitForm } from './PlacementForms';

/** A placement's money, and what to do next with it: invoice, payment, fee, split, fall-off. */
export function PlacementDialog({ submissionId, onClose }: { submissionId: string; onClose: () => void }) {
  const { data: p, error } = useData('placements.get', { submissionId });
  return (
    <Dialog title={p ? `${p.candidateName} at ${p.clientName}` : 'Placement'} onClose={onClose} wide>
      {error && (
        <p className="page-error" role="alert">
          {error.message}
        </p>
      )}
      {p && (
        <div className="dialog-body placement-detail">
          <dl className="placement-facts">
            <div>
              <dt>Job</dt>
              <dd>
                <Link href={paths.submission(p.submissionId)}>{p.jobTitle}</Link>
              </dd>
            </div>
            <div>
              <dt>Placed</dt>
              <dd>{formatDay(p.placedOn)}</dd>
            </div>
            <div>
              <dt>Starts</dt>
              <dd>{formatDay(p.startOn)}</dd>
            </div>
            <div>
              <dt>Salary</dt>
              <dd>{formatMoney(p.salary)}</dd>
            </div>
            <div>
              <dt>Fee</dt>
              <dd>
                {p.fee ? formatMoney(p.fee) : 'No fee terms'}
                {p.feeReason && p.termsFee && (
                  <span className="muted">
                    {' '}
                    (terms: {formatMoney(p.termsFee)}; {p.feeReason})
                  </span>
                )}
              </dd>
            </div>
            <div>
              <dt>Guarantee ends</dt>
              <dd>{p.guaranteeEndsOn ? formatDay(p.guaranteeEndsOn) : 'No guarantee'}</dd>
            </div>
            <div>
              <dt>Invoice</dt>
              <dd>
                {p.invoice ? `${p.invoice.number}, raised ${formatDay(p.invoice.raisedOn)}, due ${formatDay(p.invoice.dueOn)}` : 'Not raised'}
              </dd>
            </div>
            <div>
              <dt>Status</dt>
              <dd>
                {invoiceStatusLabels[p.status]}
                {/* "Fallen off on" the payment's day would read as the fall-off's. */}
                {p.paidOn && (p.fallOff ? `, paid on ${formatDay(p.paidOn)}` : ` on ${formatDay(p.paidOn)}`)}
                {p.fallOff && p.owed && `: ${formatMoney(p.owed)} still owed`}
              </dd>
            </div>
            {p.fallOff && (
              <div>
                <dt>Fell off</dt>
                <dd>
                  {formatDay(p.fallOff.on)}: {p.fallOff.reason}. {fallOffRemedyLabels[p.fallOff.remedy]}
                  {p.fallOff.refund && ` (${formatMoney(p.fallOff.refund)})`}. {settledIn(p)}
                </dd>
              </div>
            )}
          </dl>
          {billable(p) && !p.paidOn && <InvoiceForm placement={p} />}
          {/* A payment recorded by mistake can always be taken back, a refund due after it or not. */}
          {p.invoice && (billable(p) || p.paidOn) && <PaidForm placement={p} />}
          {/* What a fall-off gave back was worked out from the fee: the fee stays as it was then. */}
          {!p.paidOn && !p.fallOff && <FeeForm placement={p} />}
          <SplitForm placement={p} />
          {!p.fallOff && p.guaranteeEndsOn && <FallOffForm placement={p} />}
        </div>
      )}
    </Dialog>
  );
}

/**
 * Invoiced and paid as usual unless a fall-off gave the whole fee back or came after the payment:
 * a free replacement leaves the fee owed, a share credited the fee less the share.
 */
const billable = (p: Placement) => p.fallOff === null || (p.billed !== null && p.fallOff.refundDue === null);

/** What the fall-off leaves, in words: money back to the client, or what the invoice still asks for. */
function settledIn(p: Placement): string {
  const f = p.fallOff!;
  if (f.refundDue) return `Refund due: ${formatMoney(f.refundDue)}.`;
  if (f.credit && p.billed) return `Credited on the invoice: the client ${p.paidOn ? 'paid' : 'owes'} the fee less the share, ${formatMoney(p.billed)}.`;
  if (f.credit) return p.invoice ? 'Nothing is owed: the invoice is credited in full.' : 'Nothing is owed: the invoice is not raised.';
  return p.paidOn ? '' : 'The fee is still owed.';
}
