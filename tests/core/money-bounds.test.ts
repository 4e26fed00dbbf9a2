import { describe, expect, it } from 'vitest';
import { failure, freshApp } from './helpers';

describe('amounts of money', () => {
  it('a salary, a salary range, a flat fee or a placement past a billion is refused, naming the field', async () => {
    const app = await freshApp();
    expect(failure(() => app.call('candidates.create', { name: 'Ada', salaryExpectation: { amount: 1e308, currency: 'EUR' } }))).toMatchObject({
      code: 'invalid_input',
      field: 'salaryExpectation.amount',
      message: 'The amount cannot be more than 1,000,000,000',
    });
    expect(failure(() => app.call('clients.create', { name: 'Acme', fee: { type: 'flat', amount: 1e12, currency: 'EUR' } }))).toMatchObject({
      field: 'fee.amount',
      message: 'The flat fee cannot be more than 1,000,000,000',
    });
    const acme = app.call('clients.create', { name: 'Acme', fee: { type: 'percentage', percent: 100 } });
    expect(
      failure(() => app.call('jobs.create', { clientId: acme.id, title: 'CFO', salary: { min: 100_000, max: 1e308, currency: 'EUR' } })),
    ).toMatchObject({ field: 'salary.max', message: 'The highest salary cannot be more than 1,000,000,000' });
    const job = app.call('jobs.create', { clientId: acme.id, title: 'CFO' });
    const ada = app.call('candidates.create', { name: 'Ada' });
    const { id } = app.call('submissions.create', { candidateId: ada.id, jobId: job.id, stage: 'submitted' });
    app.call('submissions.move', { id, stage: 'offer' });
    expect(
      failure(() => app.call('submissions.move', { id, stage: 'placed', placement: { startOn: '2026-12-01', salary: { amount: 1e308, currency: 'EUR' } } })),
    ).toMatchObject({ field: 'placement.salary.amount', message: 'The amount cannot be more than 1,000,000,000' });
    // A billion itself is taken, and a 100% fee on it is a number a CSV file can carry.
    const placed = app.call('submissions.move', { id, stage: 'placed', placement: { startOn: '2026-12-01', salary: { amount: 1e9, currency: 'EUR' } } });
    expect(placed.stage).toBe('placed');
    expect(app.call('candidates.create', { name: 'Grace', salaryExpectation: { amount: 1e9, currency: 'EUR' } }).salaryExpectation).toEqual({
      amount: 1e9,
      currency: 'EUR',
    });
  });
});
