import { describe, expect, it } from 'vitest';
import { failure, freshApp } from './helpers';

describe('message templates', () => {
  it('fills a template from the submission it is about, addressed to the hiring manager', async () => {
    const app = await freshApp();
    const client = app.call('clients.create', { name: 'Acme' });
    const max = app.call('contacts.create', { clientId: client.id, name: 'Max Manager', role: 'hiring_manager', email: 'max@acme.test' });
    const job = app.call('jobs.create', { clientId: client.id, title: 'Rust Engineer', hiringManagerId: max.id });
    const ada = app.call('candidates.create', { name: 'Ada Lovelace', emails: ['ada@example.com'] });
    const submission = app.call('submissions.create', { candidateId: ada.id, jobId: job.id, stage: 'submitted' });
    app.call('interviews.schedule', { submissionId: submission.id, startsAt: '2026-11-24T14:00:00Z', timeZone: 'UTC' });
    app.call('interviews.schedule', { submissionId: submission.id, startsAt: '2026-12-02T14:00:00Z', timeZone: 'UTC' });
    // The day after the first interview, with the second one booked: the thank-you is for the first.
    app.clock.set('2026-11-25T09:00:00.000Z');
    const message = app.call('templates.render', { id: 'interview_thank_you', about: { kind: 'submission', id: submission.id } });
    expect(message.to).toEqual({ name: 'Max Manager', email: 'max@acme.test' });
    expect(message.subject).toBe('Thank you for meeting Ada Lovelace');
    expect(message.body).toContain('Hi Max,');
    const day = new Date('2026-11-24T14:00:00Z').toLocaleDateString(undefined, { timeZone: 'UTC', dateStyle: 'long' });
    expect(message.body).toContain(`interview Ada Lovelace for the Rust Engineer role on ${day}`);
    expect(message.missing).toEqual([]);
  });

  it('leaves what the record cannot fill visible, and names it', async () => {
    const app = await freshApp();
    const client = app.call('clients.create', { name: 'Acme' });
    const message = app.call('templates.render', { id: 'check_in', about: { kind: 'client', id: client.id } });
    expect(message.to).toBeNull();
    expect(message.subject).toBe('Checking in on {{job}}');
    expect(message.missing).toEqual(['job', 'contactFirstName']);
  });

  it('the recruiter’s own wording is kept, checked for fields Shortlist cannot fill, and can be reset', async () => {
    const app = await freshApp();
    const saved = app.call('templates.save', { id: 'feedback_chase', subject: 'Any news on {{candidate}}?', body: 'Hi {{contactFirstName}}, any news?' });
    expect(saved).toMatchObject({ subject: 'Any news on {{candidate}}?', isDefault: false });
    expect(app.call('templates.list', {}).find((t) => t.id === 'feedback_chase')!.body).toBe('Hi {{contactFirstName}}, any news?');
    const error = failure(() => app.call('templates.save', { id: 'feedback_chase', subject: 'Hi', body: 'Dear {{firstname}}' }));
    expect(error.field).toBe('body');
    expect(error.message).toContain('Shortlist cannot fill {{firstname}}');
    expect(app.call('templates.reset', { id: 'feedback_chase' }).isDefault).toBe(true);
  });
});
