import { useState, type FormEvent, type ReactNode } from 'react';
import type { Input, Method } from '../../src/api/contract';
import { fallOffRemedies, fallOffRemedyLabels, type FallOffRemedy, type Placement } from '../../src/api/placements';
import { asApiError, change } from '../api/data';
import { Button } from '../ui/Button';
import { todayDay } from '../ui/dates';
import { formatMoney } from '../ui/format';

/** A small form that makes one change and says what was wrong, if anything. */
function ActionForm<M extends Method>({ title, method, input, submit, primary = false, children }: { title: string; method: M; input: () => Input<M>; submit: string; primary?: boolean; children: ReactNode }) {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      await change(method, input());
    } catch (error) {
      setProblem(asApiError(error).message);
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="placement-form" onSubmit={(e) => void onSubmit(e)} aria-label={title}>
      <h3 className="placement-form-title">{title}</h3>
      <div className="placement-form-fields">
        {children}
        <Button type="submit" variant={primary ? 'primary' : 'secondary'} disabled={busy}>
          {submit}
        </Button>
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}

const Labelled = ({ label, children }: { label: string; children: ReactNode }) => (
  <label className="report-filter">
    <span>{label}</span>
    {children}
  </label>
);

export function InvoiceForm({ placement }: { placement: Placement }) {
  const [number, setNumber] = useState(placement.invoice?.number ?? '');
  const [raisedOn, setRaisedOn] = useState(placement.invoice?.raisedOn ?? todayDay());
  return (
    <ActionForm title={placement.invoice ? 'Correct the invoice' : 'Raise the invoice'} method="placements.raiseInvoice" primary submit={placement.invoice ? 'Save invoice' : 'Raise invoice'} input={() => ({ submissionId: placement.submissionId, number, raisedOn })}>
      <Labelled label="Invoice number">
        <input className="input" value={number} onChange={(e) => setNumber(e.target.value)} />
      </Labelled>
      <Labelled label="Raised on">
        <input className="input" type="date" value={raisedOn} onChange={(e) => setRaisedOn(e.target.value)} />
      </Labelled>
    </ActionForm>
  );
}

export function PaidForm({ placement }: { placement: Placement }) {
  const [paidOn, setPaidOn] = useState(placement.paidOn ?? todayDay());
  const undo = placement.paidOn !== null;
  return (
    <ActionForm title={undo ? 'Payment' : `Record the payment${placement.fallOff?.credit && placement.billed ? ` of ${formatMoney(placement.billed)}` : ''}`} method="placements.markPaid" primary={!undo} submit={undo ? 'Not paid after all' : 'Mark as paid'} input={() => ({ submissionId: placement.submissionId, paidOn: undo ? null : paidOn })}>
      {!undo && (
        <Labelled label="Paid on">
          <input className="input" type="date" value={paidOn} onChange={(e) => setPaidOn(e.target.value)} />
        </Labelled>
      )}
    </ActionForm>
  );
}

export function FeeForm({ placement }: { placement: Placement }) {
  const [amount, setAmount] = useState(String(placement.fee?.amount ?? ''));
  const [currency, setCurrency] = useState(placement.fee?.currency ?? placement.salary.currency);
  const [reason, setReason] = useState(placement.feeReason ?? '');
  return (
    <ActionForm title="Change the fee" method="placements.update" submit="Save fee" input={() => ({ submissionId: placement.submissionId, fee: { amount: Number(amount), currency, reason } })}>
      <Labelled label="Fee">
        <input className="input input--short" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
      </Labelled>
      <Labelled label="Currency">
        <input className="input input--short" value={currency} onChange={(e) => setCurrency(e.target.value)} />
      </Labelled>
      <Labelled label="Why it differs from the terms">
        <input className="input" value={reason} onChange={(e) => setReason(e.target.value)} />
      </Labelled>
    </ActionForm>
  );
}

/** "Robin 60, Sam 40": the split as a recruiter would write it. */
const parseSplits = (text: string) =>
  text
    .split(/[;,]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const match = /^(.*?)\s+(\d+(?:\.\d+)?)\s*%?$/.exec(part);
      return { recruiter: match?.[1] ?? part, percent: Number(match?.[2] ?? 0) };
    });

export function SplitForm({ placement }: { placement: Placement }) {
  const [text, setText] = useState(placement.splits.map((s) => `${s.recruiter} ${s.percent}%`).join(', '));
  return (
    <ActionForm title="Split between recruiters" method="placements.update" submit="Save split" input={() => ({ submissionId: placement.submissionId, splits: parseSplits(text) })}>
      <Labelled label="Recruiters and shares (adding up to 100%)">
        <input className="input" value={text} placeholder="Robin 60%, Sam 40%" onChange={(e) => setText(e.target.value)} />
      </Labelled>
    </ActionForm>
  );
}

export function FallOffForm({ placement }: { placement: Placement }) {
  const [on, setOn] = useState(todayDay());
  const [reason, setReason] = useState('');
  const [remedy, setRemedy] = useState<FallOffRemedy | ''>('');
  return (
    <ActionForm
      title="The candidate left inside the guarantee"
      method="placements.fallOff"
      submit="Record the fall-off"
      input={() => ({ submissionId: placement.submissionId, on, reason, ...(remedy && { remedy }) })}
    >
      <Labelled label="Left on">
        <input className="input" type="date" value={on} onChange={(e) => setOn(e.target.value)} />
      </Labelled>
      <Labelled label="Why">
        <input className="input" value={reason} onChange={(e) => setReason(e.target.value)} />
      </Labelled>
      <Labelled label="What the client gets">
        <select className="input" value={remedy} onChange={(e) => setRemedy(e.target.value as FallOffRemedy | '')}>
          <option value="">As the client’s terms say</option>
          {fallOffRemedies.map((r) => (
            <option key={r} value={r}>
              {fallOffRemedyLabels[r]}
            </option>
          ))}
        </select>
      </Labelled>
    </ActionForm>
  );
}
