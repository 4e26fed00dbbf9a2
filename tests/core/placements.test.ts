import { describe, expect, it } from 'vitest';
import type { Input } from '../../src/api/contract';
import { failure, freshApp, type TestApp } from './helpers';
import { sync, syncedData } from './sharing-helpers';

const DAY = 86_400_000;

/** A client with a 20% fee, a 90-day guarantee, 14 days to pay and half the fee back on a fall-off. */
function placedCandidate(
  app: TestApp,
  options: { jobFee?: boolean; owner?: string; client?: string; candidate?: string; fallOff?: Input<'clients.create'>['fallOff'] } = {},
) {
  const client = app.call('clients.create', {
    name: options.client ?? 'Acme',
    fee: { type: 'percentage', percent: 20 },
    guaranteeDays: 90,
    paymentTermsDays: 14,
    fallOff: options.fallOff === undefined ? { remedy: 'partial_refund', refundPercent: 50 } : options.fallOff,
  });
  const job = app.call('jobs.create', {
    clientId: client.id,
    title: 'Data Engineer',
    owner: options.owner ?? 'Robin',
    ...(options.jobFee && { fee: { type: 'flat' as const, amount: 12_000, currency: 'EUR' } }),
  });
  const ada = app.call('candidates.create', { name: options.candidate ?? 'Ada Lovelace' });
  const submission = app.call('submissions.create', { candidateId: ada.id, jobId: job.id, stage: 'submitted' });
  app.call('submissions.move', { id: submission.id, stage: 'offer' });
  app.call('submissions.move', {
    id: submission.id,
    stage: 'placed',
    placement: { startOn: '2026-12-01', salary: { amount: 80_000, currency: 'EUR' } },
  });
  return { client, job, submissionId: submission.id };
}

describe('placements', () => {
  it('a placement takes its fee from the client’s terms when the job has none, split to the job’s owner', async () => {
    const app = await freshApp();
    const { submissionId } = placedCandidate(app);
    const placement = app.call('placements.get', { submissionId });
    expect(placement).toMatchObject({
      placedOn: '2026-11-22',
      startOn: '2026-12-01',
      fee: { amount: 16_000, currency: 'EUR' },
      feeReason: null,
      splits: [{ recruiter: 'Robin', percent: 100 }],
      guaranteeEndsOn: '2027-03-01',
      status: 'not_raised',
      invoice: null,
      owed: null,
    });
    expect(app.call('submissions.get', { id: submissionId }).submission.placement?.fee).toEqual({ amount: 16_000, currency: 'EUR' });
  });

  it('the job’s own fee terms come before the client’s', async () => {
    const app = await freshApp();
    const { submissionId } = placedCandidate(app, { jobFee: true });
    expect(app.call('placements.get', { submissionId }).fee).toEqual({ amount: 12_000, currency: 'EUR' });
  });

  it('the fee may be changed with a reason, and the split must add up to 100%', async () => {
    const app = await freshApp();
    const { submissionId } = placedCandidate(app);
    const changed = app.call('placements.update', {
      submissionId,
      fee: { amount: 15_000, currency: 'EUR', reason: 'Discount agreed for a second hire' },
      splits: [
        { recruiter: 'Robin', percent: 60 },
        { recruiter: 'Sam', percent: 40 },
      ],
    });
    expect(changed).toMatchObject({ fee: { amount: 15_000 }, feeReason: 'Discount agreed for a second hire', termsFee: { amount: 16_000 } });
    const bad = failure(() => app.call('placements.update', { submissionId, splits: [{ recruiter: 'Robin', percent: 60 }] }));
    expect(bad).toMatchObject({ code: 'invalid_input', field: 'splits', message: 'The shares must add up to 100%' });
    const noReason = failure(() => app.call('placements.update', { submissionId, fee: { amount: 1, currency: 'EUR', reason: ' ' } }));
    expect(noReason.field).toBe('fee.reason');
    expect(app.call('placements.get', { submissionId }).splits).toHaveLength(2);
  });

  it('an invoice falls due after the client’s payment terms, turns overdue, and is paid', async () => {
    const app = await freshApp();
    const { submissionId, client } = placedCandidate(app);
    const raised = app.call('placements.raiseInvoice', { submissionId, number: 'INV-0042', raisedOn: '2026-12-01' });
    expect(raised).toMatchObject({ invoice: { number: 'INV-0042', raisedOn: '2026-12-01', dueOn: '2026-12-15' }, status: 'raised', owed: { amount: 16_000 } });
    app.clock.set('2026-12-16T09:00:00Z');
    expect(app.call('placements.get', { submissionId }).status).toBe('overdue');
    expect(app.call('placements.list', { status: 'overdue', clientId: client.id }).totals).toEqual([
      { currency: 'EUR', count: 1, fees: 16_000, invoiced: 16_000, paid: 0, owed: 16_000, overdue: 16_000, refunded: 0 },
    ]);
    expect(failure(() => app.call('placements.markPaid', { submissionId, paidOn: '2026-11-30' })).field).toBe('paidOn');
    const paid = app.call('placements.markPaid', { submissionId, paidOn: '2026-12-20' });
    expect(paid).toMatchObject({ status: 'paid', paidOn: '2026-12-20', owed: null });
  });

  it('an invoice unpaid the day after it fell due proposes chasing the payment, which closes itself once paid', async () => {
    const app = await freshApp();
    const { submissionId } = placedCandidate(app);
    app.call('placements.raiseInvoice', { submissionId, number: 'INV-0042', raisedOn: '2026-12-01' });
    const chases = () => {
      app.call('reminders.today', {});
      const ids = app.core.db.prepare("SELECT id FROM reminders WHERE rule = 'chase_payment'").pluck().all() as string[];
      return ids.map((id) => app.call('reminders.get', { id }));
    };
    app.clock.set('2026-12-02T09:00:00Z');
    expect(chases()).toEqual([]); // due on the 15th: more than a week away
    app.clock.set('2026-12-16T09:00:00Z');
    expect(chases()).toMatchObject([
      { title: 'Chase Acme’s payment of invoice INV-0042 (Ada Lovelace)', dueOn: '2026-12-16', notes: '16,000 EUR, due on 2026-12-15.', state: 'open', about: { kind: 'submission', id: submissionId } },
    ]);
    app.call('placements.markPaid', { submissionId, paidOn: '2026-12-16' });
    expect(chases().map((r) => r.state)).toEqual(['resolved']);
  });

  it('a fall-off inside the guarantee gives back what the client’s terms say; outside it is refused', async () => {
    const app = await freshApp();
    const { submissionId } = placedCandidate(app);
    expect(failure(() => app.call('placements.fallOff', { submissionId, on: '2027-03-02', reason: 'Left' })).message).toBe(
      'The guarantee ended on 2027-03-01: the fee stands.',
    );
    const fell = app.call('placements.fallOff', { submissionId, on: '2027-01-10', reason: 'Went back to her old employer' });
    expect(fell).toMatchObject({ status: 'fallen_off', fallOff: { on: '2027-01-10', remedy: 'partial_refund', refund: { amount: 8_000, currency: 'EUR' } } });
  });

  it('once a placement has fallen off its fee can no longer change: what went back was worked out from it', async () => {
    const app = await freshApp();
    const { submissionId } = placedCandidate(app);
    app.call('placements.raiseInvoice', { submissionId, number: 'INV-5', raisedOn: '2026-12-01' });
    app.call('placements.fallOff', { submissionId, on: '2026-12-10', reason: 'Left' });
    const refused = failure(() => app.call('placements.update', { submissionId, fee: { amount: 12_000, currency: 'EUR', reason: 'Corrected' } }));
    expect(refused).toMatchObject({
      code: 'invalid_input',
      field: 'fee',
      message: 'This placement fell off on 2026-12-10 and the 8,000 EUR given back was worked out from its fee: the fee can no longer change, and a fall-off cannot be undone.',
    });
    // Nothing written: the credit of 8,000 still leaves 8,000 billed on the fee of 16,000.
    expect(app.call('placements.get', { submissionId })).toMatchObject({ fee: { amount: 16_000 }, feeReason: null, billed: { amount: 8_000 }, fallOff: { credit: { amount: 8_000 } } });
    // The split is not the fee: it may still change.
    expect(app.call('placements.update', { submissionId, splits: [{ recruiter: 'Robin', percent: 50 }, { recruiter: 'Sam', percent: 50 }] }).splits).toHaveLength(2);
    const replaced = placedCandidate(app, { client: 'Replace Co', candidate: 'Rob Replaced', fallOff: { remedy: 'replacement' } });
    app.call('placements.fallOff', { submissionId: replaced.submissionId, on: '2026-12-10', reason: 'Left' });
    expect(failure(() => app.call('placements.update', { submissionId: replaced.submissionId, fee: { amount: 6_000, currency: 'EUR', reason: 'Corrected' } })).message).toBe(
      'This placement fell off on 2026-12-10 and its fee stood as it was when the client took the free replacement: the fee can no longer change, and a fall-off cannot be undone.',
    );
  });

  it('a share back on an invoice not yet paid is a credit: the client owes, is chased for and pays the fee less the share', async () => {
    const app = await freshApp();
    const { submissionId } = placedCandidate(app);
    app.call('placements.raiseInvoice', { submissionId, number: 'INV-7', raisedOn: '2026-12-01' });
    app.clock.set('2026-12-16T09:00:00Z');
    const chases = () => {
      app.call('reminders.today', {});
      const ids = app.core.db.prepare("SELECT id FROM reminders WHERE rule = 'chase_payment'").pluck().all() as string[];
      return ids.map((id) => app.call('reminders.get', { id }));
    };
    expect(chases()).toMatchObject([{ notes: '16,000 EUR, due on 2026-12-15.', state: 'open' }]);
    const fell = app.call('placements.fallOff', { submissionId, on: '2026-12-16', reason: 'Went back to her old employer' });
    expect(fell).toMatchObject({
      status: 'fallen_off',
      billed: { amount: 8_000 },
      owed: { amount: 8_000 },
      overdue: true,
      fallOff: { refund: { amount: 8_000 }, credit: { amount: 8_000 }, refundDue: null },
    });
    // Listed as overdue, its 8,000 in the totals and the revenue report, and chased for 8,000 (the chase for 16,000 closes).
    expect(app.call('placements.list', { status: 'overdue' }).items.map((p) => p.submissionId)).toEqual([submissionId]);
    expect(app.call('placements.list', {}).totals).toEqual([
      { currency: 'EUR', count: 1, fees: 16_000, invoiced: 8_000, paid: 0, owed: 8_000, overdue: 8_000, refunded: 8_000 },
    ]);
    const december = { from: '2026-11-01', to: '2026-12-31' };
    expect(app.call('reports.revenue', december).totals).toMatchObject({ placed: { value: 16_000 }, invoiced: { value: 8_000 }, overdue: { value: 8_000 }, refunded: { value: 8_000 } });
    expect(chases()).toMatchObject([
      { notes: '16,000 EUR, due on 2026-12-15.', state: 'resolved' },
      { notes: '8,000 EUR (the fee less 8,000 credited after the fall-off), due on 2026-12-15.', state: 'open' },
    ]);
    // The CSV says what was given back and what is owed.
    expect(app.call('placements.export', {}).text).toContain(',Fallen off · Overdue,2026-12-16,Went back to her old employer,A share of the fee back,8000.00,8000.00,\r\n');
    expect(app.call('placements.markPaid', { submissionId, paidOn: '2026-12-18' })).toMatchObject({
      status: 'fallen_off', owed: null, overdue: false, billed: { amount: 8_000 }, fallOff: { refundDue: null },
    });
    expect(app.call('placements.list', {}).totals).toMatchObject([{ invoiced: 8_000, paid: 8_000, owed: 0, overdue: 0, refunded: 8_000 }]);
    // Earned: 16,000 placed, 8,000 back; the 8,000 paid is all the client pays.
    expect(app.call('reports.revenue', december).totals).toMatchObject({ paid: { value: 8_000 }, overdue: { value: 0 }, refunded: { value: 8_000 } });
    expect(chases().map((r) => r.state)).toEqual(['resolved', 'resolved']);
  });

  it('a share back not yet invoiced is credited before the invoice is raised; paid before the fall-off it is a refund due', async () => {
    const app = await freshApp();
    const early = placedCandidate(app);
    app.call('placements.fallOff', { submissionId: early.submissionId, on: '2026-12-02', reason: 'Left' });
    const raised = app.call('placements.raiseInvoice', { submissionId: early.submissionId, number: 'INV-8', raisedOn: '2026-12-03' });
    expect(raised).toMatchObject({ billed: { amount: 8_000 }, owed: { amount: 8_000 }, fallOff: { credit: { amount: 8_000 }, refundDue: null } });

    const paidFirst = placedCandidate(app, { client: 'Paid Co', candidate: 'Pat Paid' });
    app.call('placements.raiseInvoice', { submissionId: paidFirst.submissionId, number: 'INV-9', raisedOn: '2026-12-01' });
    app.call('placements.markPaid', { submissionId: paidFirst.submissionId, paidOn: '2026-12-05' });
    const fell = app.call('placements.fallOff', { submissionId: paidFirst.submissionId, on: '2026-12-20', reason: 'Left' });
    expect(fell).toMatchObject({ billed: { amount: 16_000 }, owed: null, fallOff: { credit: null, refundDue: { amount: 8_000 } } });
    expect(app.call('placements.export', { clientId: fell.clientId }).text).toContain(',A share of the fee back,8000.00,,8000.00\r\n');
    expect(app.call('placements.list', { clientId: fell.clientId }).totals).toEqual([
      { currency: 'EUR', count: 1, fees: 16_000, invoiced: 16_000, paid: 16_000, owed: 0, overdue: 0, refunded: 8_000 },
    ]);
  });

  it('a payment recorded by mistake before a fall-off can be taken back: the refund due becomes a credit on the unpaid invoice', async () => {
    const app = await freshApp();
    const { submissionId } = placedCandidate(app);
    app.call('placements.raiseInvoice', { submissionId, number: 'INV-9', raisedOn: '2026-12-01' });
    app.call('placements.markPaid', { submissionId, paidOn: '2026-12-05' });
    app.call('placements.fallOff', { submissionId, on: '2026-12-20', reason: 'Left' });
    expect(app.call('placements.markPaid', { submissionId, paidOn: null })).toMatchObject({
      paidOn: null, billed: { amount: 8_000 }, owed: { amount: 8_000 }, fallOff: { credit: { amount: 8_000 }, refundDue: null },
    });
    expect(app.call('placements.list', { status: 'paid' }).items).toEqual([]);
  });

  it('a fall-off gives the whole fee back under refund terms, nothing under a free replacement, and the remedy chosen when the terms say none', async () => {
    const app = await freshApp();
    const refund = placedCandidate(app, { client: 'Refunds Ltd', candidate: 'Rae Refund', fallOff: { remedy: 'refund' } });
    expect(app.call('placements.fallOff', { submissionId: refund.submissionId, on: '2026-12-10', reason: 'Resigned' }).fallOff).toEqual({
      on: '2026-12-10',
      reason: 'Resigned',
      remedy: 'refund',
      refund: { amount: 16_000, currency: 'EUR' },
      // Not invoiced: nothing is owed, nothing comes back.
      credit: { amount: 16_000, currency: 'EUR' },
      refundDue: null,
    });
    expect(app.call('placements.get', { submissionId: refund.submissionId })).toMatchObject({ billed: null, owed: null });
    const replaced = placedCandidate(app, { client: 'Replace Co', candidate: 'Rob Replaced', fallOff: { remedy: 'replacement' } });
    expect(app.call('placements.fallOff', { submissionId: replaced.submissionId, on: '2026-12-10', reason: 'Failed probation' })).toMatchObject({
      status: 'fallen_off',
      fee: { amount: 16_000 },
      fallOff: { remedy: 'replacement', refund: null },
    });
    // No terms: the recruiter must say what was agreed, and may.
    const open = placedCandidate(app, { client: 'No Terms Inc', candidate: 'Nia Noterms', fallOff: null });
    const refused = failure(() => app.call('placements.fallOff', { submissionId: open.submissionId, on: '2026-12-10', reason: 'Left' }));
    expect(refused).toMatchObject({ field: 'remedy', message: 'No Terms Inc has no fall-off terms: choose a refund, a share back or a replacement.' });
    expect(app.call('placements.get', { submissionId: open.submissionId }).fallOff).toBeNull();
    const chosen = app.call('placements.fallOff', { submissionId: open.submissionId, on: '2026-12-10', reason: 'Left', remedy: 'replacement' });
    expect(chosen.fallOff).toMatchObject({ remedy: 'replacement', refund: null });
    // Only a refund given back leaves the fees placed: the totals count what went back.
    expect(app.call('placements.list', { status: 'fallen_off' }).totals).toEqual([
      { currency: 'EUR', count: 3, fees: 48_000, invoiced: 0, paid: 0, owed: 0, overdue: 0, refunded: 16_000 },
    ]);
  });

  it('a free replacement leaves the fee owed: its invoice is raised, falls overdue, is chased and paid; a refund leaves nothing to invoice', async () => {
    const app = await freshApp();
    const { submissionId } = placedCandidate(app, { fallOff: { remedy: 'replacement' } });
    app.clock.set('2026-12-10T09:00:00Z');
    app.call('placements.fallOff', { submissionId, on: '2026-12-09', reason: 'Failed probation' });
    const raised = app.call('placements.raiseInvoice', { submissionId, number: 'INV-9', raisedOn: '2026-12-10' });
    expect(raised).toMatchObject({ status: 'fallen_off', owed: { amount: 16_000 }, overdue: false, invoice: { dueOn: '2026-12-24' } });
    app.clock.set('2026-12-28T09:00:00Z');
    app.call('reminders.today', {});
    const chased = app.core.db.prepare("SELECT id FROM reminders WHERE rule = 'chase_payment'").pluck().all() as string[];
    expect(chased.map((id) => app.call('reminders.get', { id }))).toMatchObject([{ title: 'Chase Acme’s payment of invoice INV-9 (Ada Lovelace)', state: 'open' }]);
    expect(app.call('placements.list', {}).totals).toMatchObject([{ owed: 16_000, overdue: 16_000, refunded: 0 }]);
    // Listed both as fallen off and as overdue.
    expect(app.call('placements.list', { status: 'overdue' }).items.map((p) => p.submissionId)).toEqual([submissionId]);
    expect(app.call('placements.list', { status: 'fallen_off' }).items.map((p) => p.submissionId)).toEqual([submissionId]);
    expect(app.call('reports.revenue', { from: '2026-12-01', to: '2026-12-31' }).totals.overdue.value).toBe(16_000);
    expect(app.call('placements.markPaid', { submissionId, paidOn: '2026-12-28' })).toMatchObject({ status: 'fallen_off', owed: null, overdue: false, paidOn: '2026-12-28' });
    expect(app.call('reports.revenue', { from: '2026-12-01', to: '2026-12-31' }).totals).toMatchObject({ overdue: { value: 0 }, paid: { value: 16_000 } });

    const refunded = placedCandidate(app, { client: 'Refunds Ltd', candidate: 'Rae Refund', fallOff: { remedy: 'refund' } });
    app.call('placements.fallOff', { submissionId: refunded.submissionId, on: '2026-12-27', reason: 'Resigned' });
    expect(failure(() => app.call('placements.raiseInvoice', { submissionId: refunded.submissionId, number: 'INV-10', raisedOn: '2026-12-28' })).message).toBe(
      'This placement fell off and its fee was given back: there is nothing to invoice.',
    );
  });

  it('the revenue report agrees with the Placements totals under each remedy: what was earned is the fees less what went back', async () => {
    const app = await freshApp();
    app.call('reports.saveSettings', { yearlyGoal: { amount: 100_000, currency: 'EUR' }, probabilities: { submitted: 0, client_reviewing: 0, interviewing: 0, offer: 0 }, stuckDays: 7 });
    const share = placedCandidate(app, { client: 'Share Co', candidate: 'Sia Share' }).submissionId;
    const refund = placedCandidate(app, { client: 'Refunds Ltd', candidate: 'Rae Refund', fallOff: { remedy: 'refund' } }).submissionId;
    const replaced = placedCandidate(app, { client: 'Replace Co', candidate: 'Rob Replaced', fallOff: { remedy: 'replacement' } }).submissionId;
    const paidFirst = placedCandidate(app, { client: 'Paid Co', candidate: 'Pat Paid' }).submissionId;
    for (const [i, id] of [share, refund, replaced, paidFirst].entries()) app.call('placements.raiseInvoice', { submissionId: id, number: `INV-${i}`, raisedOn: '2026-12-01' });
    app.call('placements.markPaid', { submissionId: paidFirst, paidOn: '2026-12-10' });
    app.clock.set('2026-12-20T09:00:00Z');
    for (const id of [share, refund, replaced, paidFirst]) app.call('placements.fallOff', { submissionId: id, on: '2026-12-18', reason: 'Left' });
    const quarter = { from: '2026-11-01', to: '2026-12-31' };
    const revenue = () => {
      const r = app.call('reports.revenue', quarter);
      const t = r.totals;
      return { fees: t.placed.value, invoiced: t.invoiced.value, paid: t.paid.value, overdue: t.overdue.value, refunded: t.refunded.value, earned: r.goal!.placedNet.value };
    };
    // 4 fees of 16,000; invoiced: half of Sia's, none of Rae's (the whole fee back), Rob's and Pat's whole; 8,000 + 16,000 overdue.
    expect(app.call('placements.list', {}).totals).toEqual([
      { currency: 'EUR', count: 4, fees: 64_000, invoiced: 40_000, paid: 16_000, owed: 24_000, overdue: 24_000, refunded: 32_000 },
    ]);
    expect(revenue()).toEqual({ fees: 64_000, invoiced: 40_000, paid: 16_000, overdue: 24_000, refunded: 32_000, earned: 32_000 });
    expect(failure(() => app.call('placements.markPaid', { submissionId: refund, paidOn: '2026-12-20' })).message).toBe(
      'This placement fell off on 2026-12-18 and its fee was given back: there is nothing to pay after it.',
    );
    app.call('placements.markPaid', { submissionId: share, paidOn: '2026-12-20' });
    app.call('placements.markPaid', { submissionId: replaced, paidOn: '2026-12-20' });
    expect(app.call('placements.list', {}).totals).toMatchObject([{ invoiced: 40_000, paid: 40_000, owed: 0, overdue: 0, refunded: 32_000 }]);
    // Paid 40,000, of which Pat's 8,000 goes back: 32,000 kept, the fees less what went back.
    expect(revenue()).toEqual({ fees: 64_000, invoiced: 40_000, paid: 40_000, overdue: 0, refunded: 32_000, earned: 32_000 });
    expect(app.call('placements.get', { submissionId: paidFirst }).fallOff?.refundDue).toEqual({ amount: 8_000, currency: 'EUR' });
  });

  it('the list filters by each state of the money: not invoiced, invoiced, overdue, paid, fallen off', async () => {
    const app = await freshApp();
    const names = ['Nora Notraised', 'Ian Invoiced', 'Oscar Overdue', 'Pam Paid', 'Fred Fell'];
    const [, raised, overdue, paid, fell] = names.map((candidate, i) => placedCandidate(app, { client: `Client ${i}`, candidate }).submissionId) as [
      string, string, string, string, string,
    ];
    // Placed on 22 November; on 14 days' terms, Oscar's invoice raised that day is late on 10 December.
    app.clock.set('2026-12-10T09:00:00Z');
    app.call('placements.raiseInvoice', { submissionId: raised, number: 'INV-1', raisedOn: '2026-12-01' });
    app.call('placements.raiseInvoice', { submissionId: overdue, number: 'INV-2', raisedOn: '2026-11-22' });
    app.call('placements.raiseInvoice', { submissionId: paid, number: 'INV-3', raisedOn: '2026-11-22' });
    app.call('placements.markPaid', { submissionId: paid, paidOn: '2026-11-30' });
    app.call('placements.fallOff', { submissionId: fell, on: '2026-12-09', reason: 'Left' });
    const listed = (status: Input<'placements.list'>['status']) => app.call('placements.list', { status }).items.map((p) => p.candidateName);
    // Fred's fall-off leaves half the fee, not yet invoiced.
    expect(listed('not_raised')).toEqual(['Fred Fell', 'Nora Notraised']);
    expect(listed('raised')).toEqual(['Ian Invoiced']);
    expect(listed('overdue')).toEqual(['Oscar Overdue']);
    expect(listed('paid')).toEqual(['Pam Paid']);
    expect(listed('fallen_off')).toEqual(['Fred Fell']);
    expect(app.call('placements.list', {}).totals).toEqual([
      { currency: 'EUR', count: 5, fees: 80_000, invoiced: 48_000, paid: 16_000, owed: 32_000, overdue: 16_000, refunded: 8_000 },
    ]);
    // The CSV says each one's state in words.
    const csv = app.call('placements.export', { status: 'overdue' }).text;
    expect(csv).toContain('Oscar Overdue');
    expect(csv).toContain(',Overdue,');
    expect(csv).not.toContain('Pam Paid');
  });

  it('a fallen-off placement whose fee still stands is listed by the state of its money too, and the CSV says both', async () => {
    const app = await freshApp();
    const replaced = placedCandidate(app, { client: 'Replace Co', candidate: 'Rob Replaced', fallOff: { remedy: 'replacement' } }).submissionId;
    const credited = placedCandidate(app, { client: 'Share Co', candidate: 'Sia Share' }).submissionId;
    const late = placedCandidate(app, { client: 'Late Co', candidate: 'Lou Late', fallOff: { remedy: 'replacement' } }).submissionId;
    app.clock.set('2026-12-10T09:00:00Z');
    for (const id of [replaced, credited, late]) app.call('placements.fallOff', { submissionId: id, on: '2026-12-09', reason: 'Left' });
    const listed = (status: Input<'placements.list'>['status']) => app.call('placements.list', { status }).items.map((p) => p.candidateName);
    // Not invoiced yet: the replacement's fee and the fee less the share are still to invoice.
    expect(listed('not_raised')).toEqual(['Lou Late', 'Sia Share', 'Rob Replaced']);
    app.call('placements.raiseInvoice', { submissionId: replaced, number: 'INV-1', raisedOn: '2026-12-10' });
    app.call('placements.raiseInvoice', { submissionId: credited, number: 'INV-2', raisedOn: '2026-12-10' });
    app.call('placements.raiseInvoice', { submissionId: late, number: 'INV-3', raisedOn: '2026-11-22' });
    app.call('placements.markPaid', { submissionId: credited, paidOn: '2026-12-10' });
    // Rob's invoice raised and not yet due; Sia's 8,000 paid; Lou's past its day.
    expect(listed('raised')).toEqual(['Rob Replaced']);
    expect(listed('paid')).toEqual(['Sia Share']);
    expect(listed('overdue')).toEqual(['Lou Late']);
    expect(listed('not_raised')).toEqual([]);
    expect(app.call('placements.list', { status: 'raised' }).totals).toMatchObject([{ invoiced: 16_000, owed: 16_000, paid: 0 }]);
    expect(app.call('placements.list', { status: 'paid' }).totals).toMatchObject([{ invoiced: 8_000, paid: 8_000, refunded: 8_000 }]);
    // The CSV's status says what the row's pills say.
    const csv = app.call('placements.export', {}).text.split('\r\n');
    expect(csv.find((l) => l.startsWith('Lou Late'))).toContain(',Fallen off · Overdue,2026-12-09,');
    expect(csv.find((l) => l.startsWith('Rob Replaced'))).toContain(',Fallen off,2026-12-09,');
  });

  it('a placement moved back out of placed leaves the list until it is placed again', async () => {
    const app = await freshApp();
    const { submissionId } = placedCandidate(app);
    app.clock.advance(DAY);
    app.call('submissions.move', { id: submissionId, stage: 'offer', reason: 'Start date fell through, offer reopened' });
    expect(app.call('placements.list', {}).items).toEqual([]);
    expect(failure(() => app.call('placements.get', { submissionId })).code).toBe('not_found');
  });

  it('the list filters by period, client, recruiter and status, and exports as CSV', async () => {
    const app = await freshApp();
    const { submissionId } = placedCandidate(app);
    expect(app.call('placements.list', { from: '2026-11-23' }).items).toHaveLength(0);
    expect(app.call('placements.list', { to: '2026-11-22', recruiter: 'robin' }).items).toHaveLength(1);
    expect(app.call('placements.list', { recruiter: 'Sam' }).items).toHaveLength(0);
    app.call('placements.raiseInvoice', { submissionId, number: '=1+1', raisedOn: '2026-12-01' });
    const csv = app.call('placements.export', {});
    expect(csv.fileName).toBe('shortlist-placements-2026-11-22.csv');
    const lines = csv.text.replace('\ufeff', '').trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("'=1+1");
    expect(lines[1]).toContain('Ada Lovelace,Data Engineer,Acme,2026-11-22,2026-12-01,80000.00,16000.00,EUR');
  });

  it('bad input writes nothing: an invoice with no number, a payment before any invoice', async () => {
    const app = await freshApp();
    const { submissionId } = placedCandidate(app);
    expect(failure(() => app.call('placements.raiseInvoice', { submissionId, number: '', raisedOn: '2026-12-01' })).field).toBe('number');
    expect(failure(() => app.call('placements.markPaid', { submissionId, paidOn: '2026-12-01' })).message).toBe(
      'Raise the invoice before recording its payment.',
    );
    expect(app.call('placements.get', { submissionId }).status).toBe('not_raised');
  });

  it('an invoice cannot be raised before the day the candidate was placed', async () => {
    const app = await freshApp();
    const { submissionId } = placedCandidate(app);
    expect(failure(() => app.call('placements.raiseInvoice', { submissionId, number: 'INV-1', raisedOn: '2026-11-21' }))).toMatchObject({
      code: 'invalid_input',
      field: 'raisedOn',
      message: 'Ada Lovelace was placed on 2026-11-22: the invoice cannot be raised before.',
    });
    expect(app.call('placements.get', { submissionId })).toMatchObject({ invoice: null, status: 'not_raised' });
    expect(app.call('placements.raiseInvoice', { submissionId, number: 'INV-1', raisedOn: '2026-11-22' }).invoice).toMatchObject({ raisedOn: '2026-11-22' });
  });

  it('placements travel with exports and merge field by field', async () => {
    const robin = await freshApp();
    const sam = await freshApp();
    const { submissionId } = placedCandidate(robin);
    sync(robin, sam);
    robin.call('placements.raiseInvoice', { submissionId, number: 'INV-7', raisedOn: '2026-12-01' });
    sam.call('placements.update', { submissionId, splits: [{ recruiter: 'Robin', percent: 50 }, { recruiter: 'Sam', percent: 50 }] });
    sync(robin, sam);
    sync(sam, robin);
    for (const app of [robin, sam]) {
      expect(app.call('placements.get', { submissionId })).toMatchObject({ invoice: { number: 'INV-7' }, splits: [{ percent: 50 }, { percent: 50 }] });
    }
    expect(syncedData(robin).placements).toEqual(syncedData(sam).placements);
  });
});
