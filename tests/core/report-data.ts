import type { TestApp } from './helpers';

/**
 * A small agency's November and December, recorded in clock order, every figure of which is
 * worked out by hand in reports.test.ts. The recruiter is in Paris: D's and E's submissions at
 * 23:30 UTC fall on the next day there. It holds a move backwards (C's offer goes back to
 * interviewing), a rejection, a withdrawal, a candidate lost while the client said nothing, a
 * fall-off with half the fee given back, and a job filled and reopened.
 *
 * Split in two halves so that two recruiters can each record one and merge: `robin` records
 * Acme's job, `sam` Beta's. With one app for both, it is one recruiter's database.
 */
export function recordAgencyQuarter(robin: TestApp, sam: TestApp = robin, between: () => void = () => {}) {
  const at = (app: TestApp, instant: string) => app.clock.set(instant.includes('T') ? instant : `${instant}T09:00:00Z`);
  const both = (instant: string) => {
    at(robin, instant);
    at(sam, instant);
  };

  both('2026-11-02');
  for (const app of new Set([robin, sam])) {
    app.call('reports.saveSettings', {
      yearlyGoal: { amount: 100_000, currency: 'EUR' },
      probabilities: { submitted: 0, client_reviewing: 0, interviewing: 0.25, offer: 0.6 },
      stuckDays: 7,
    });
  }
  const acme = robin.call('clients.create', {
    name: 'Acme',
    fee: { type: 'percentage', percent: 20 },
    guaranteeDays: 90,
    paymentTermsDays: 30,
    fallOff: { remedy: 'refund' },
  });
  const max = robin.call('contacts.create', { clientId: acme.id, name: 'Max Manager', role: 'hiring_manager' });
  const dataEngineer = robin.call('jobs.create', {
    clientId: acme.id,
    title: 'Data Engineer',
    openedOn: '2026-11-02',
    owner: 'Robin',
    hiringManagerId: max.id,
    salary: { min: 60_000, max: 80_000, currency: 'EUR' },
  });
  const candidate = (app: TestApp, name: string, source: string | null) => app.call('candidates.create', { name, source });
  const a = candidate(robin, 'Ada Adams', 'LinkedIn');
  const b = candidate(robin, 'Ben Brown', 'LinkedIn');
  const e = candidate(robin, 'Eve Evans', null);
  const f = candidate(robin, 'Fay Fox', 'LinkedIn');
  const beta = sam.call('clients.create', {
    name: 'Beta',
    fee: { type: 'flat', amount: 10_000, currency: 'EUR' },
    guaranteeDays: 60,
    paymentTermsDays: 14,
    fallOff: { remedy: 'partial_refund', refundPercent: 50 },
  });
  const bea = sam.call('contacts.create', { clientId: beta.id, name: 'Bea Boss', role: 'hiring_manager' });
  const salesLead = sam.call('jobs.create', { clientId: beta.id, title: 'Sales Lead', openedOn: '2026-11-03', owner: 'Sam', hiringManagerId: bea.id });
  const c = candidate(sam, 'Cal Cole', 'Referral');
  const d = candidate(sam, 'Dan Dietz', 'Referral');

  const submit = (app: TestApp, candidateId: string, jobId: string, stage: 'shortlisted' | 'submitted' = 'submitted') =>
    app.call('submissions.create', { candidateId, jobId, stage }).id;
  const move = (app: TestApp, id: string, stage: 'client_reviewing' | 'interviewing' | 'offer' | 'submitted', reason: string | null = null) =>
    app.call('submissions.move', { id, stage, reason });
  const close = (app: TestApp, id: string, stage: 'rejected' | 'withdrawn' | 'lost', reason: string) => app.call('submissions.move', { id, stage, reason });
  const place = (app: TestApp, id: string, startOn: string, salary: number) =>
    app.call('submissions.move', { id, stage: 'placed', placement: { startOn, salary: { amount: salary, currency: 'EUR' } } });
  const feedback = (app: TestApp, submissionId: string, contactId: string, receivedOn: string) =>
    app.call('feedback.add', { submissionId, contactId, receivedOn, sentiment: 'positive' });
  const interview = (app: TestApp, submissionId: string, startsAt: string) =>
    app.call('interviews.schedule', { submissionId, startsAt, timeZone: 'Europe/Paris' });

  both('2026-11-04');
  const sa = submit(robin, a.id, dataEngineer.id);
  const sb = submit(robin, b.id, dataEngineer.id);
  both('2026-11-05');
  const sc = submit(sam, c.id, salesLead.id);
  both('2026-11-05T23:30:00Z');
  const sd = submit(sam, d.id, salesLead.id);
  both('2026-11-06');
  feedback(robin, sa, max.id, '2026-11-06');
  move(robin, sa, 'client_reviewing');
  both('2026-11-09');
  move(robin, sa, 'interviewing');
  interview(robin, sa, '2026-11-10T09:00:00Z');
  feedback(sam, sc, bea.id, '2026-11-09');
  move(sam, sc, 'interviewing');
  interview(sam, sc, '2026-11-11T09:00:00Z');
  both('2026-11-10');
  close(robin, sb, 'rejected', 'Not enough Rust');
  both('2026-11-12');
  feedback(robin, sa, max.id, '2026-11-12');
  feedback(sam, sc, bea.id, '2026-11-12');
  move(robin, sa, 'offer');
  both('2026-11-13');
  move(sam, sc, 'offer');
  both('2026-11-15T23:30:00Z');
  const se = submit(robin, e.id, dataEngineer.id);
  both('2026-11-16');
  place(robin, sa, '2026-12-01', 70_000);
  both('2026-11-17');
  const sf = submit(robin, f.id, dataEngineer.id, 'shortlisted');
  both('2026-11-18');
  move(sam, sc, 'interviewing', 'Offer withdrawn for a final panel');
  both('2026-11-20');
  move(sam, sc, 'offer');
  close(sam, sd, 'withdrawn', 'Accepted a counter-offer');
  both('2026-11-23');
  place(sam, sc, '2026-12-07', 50_000);
  sam.call('jobs.update', { id: salesLead.id, status: 'filled' });
  both('2026-11-25');
  sam.call('placements.raiseInvoice', { submissionId: sc, number: 'INV-2', raisedOn: '2026-11-25' });
  both('2026-11-30');
  close(robin, se, 'lost', 'Took another offer');
  robin.call('placements.raiseInvoice', { submissionId: sa, number: 'INV-1', raisedOn: '2026-11-30' });
  both('2026-12-01');
  move(robin, sf, 'submitted');
  both('2026-12-02');
  move(robin, sf, 'client_reviewing');
  both('2026-12-03');
  move(robin, sf, 'interviewing');
  interview(robin, sf, '2026-12-04T09:00:00Z');
  both('2026-12-10');
  sam.call('placements.markPaid', { submissionId: sc, paidOn: '2026-12-10' });
  both('2026-12-20');
  sam.call('placements.fallOff', { submissionId: sc, on: '2026-12-20', reason: 'Left for family reasons' });
  both('2026-12-21');
  sam.call('jobs.update', { id: salesLead.id, status: 'open' });
  between();
  both('2027-01-05');
  return { acme, beta, max, bea, dataEngineer, salesLead, sa, sb, sc, sd, se, sf };
}

export const quarter = { from: '2026-11-01', to: '2026-12-31' } as const;
