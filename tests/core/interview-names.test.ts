import { describe, expect, it } from 'vitest';
import { interviewName } from '../../src/api/interviewName';
import { freshApp } from './helpers';

describe('interview names in generated sentences', () => {
  it('a step already named as a meeting is not followed by "interview" again', () => {
    expect(interviewName('Competency interview')).toBe('competency interview');
    expect(interviewName('Competency interview', { capital: true })).toBe('Competency interview');
    expect(interviewName('Phone screen')).toBe('phone screen');
    expect(interviewName('Final')).toBe('final interview');
    expect(interviewName('Final', { capital: true })).toBe('Final interview');
    expect(interviewName('CTO chat', { capital: true })).toBe('CTO chat');
    expect(interviewName('CTO')).toBe('CTO interview');
    expect(interviewName(null, { capital: true })).toBe('Interview');
    expect(interviewName('  ')).toBe('interview');
  });

  it('the debrief follow-up and the calendar event name a "Competency interview" step once', async () => {
    const app = await freshApp();
    const client = app.call('clients.create', { name: 'Acme' });
    const job = app.call('jobs.create', { clientId: client.id, title: 'Rust Engineer' });
    app.call('intake.save', { jobId: job.id, interviewStages: [{ name: 'Competency interview', interviewerIds: [] }] });
    const ada = app.call('candidates.create', { name: 'Ada Lovelace' });
    const submission = app.call('submissions.create', { candidateId: ada.id, jobId: job.id, stage: 'submitted' });
    const interview = app.call('interviews.schedule', { submissionId: submission.id, startsAt: '2026-11-24T10:00:00Z', timeZone: 'UTC' });
    const titles = [...app.call('reminders.today', {}).upcoming.map((r) => r.title)];
    expect(titles).toContain('Debrief Ada Lovelace after the competency interview and ask Acme for feedback');
    expect(titles.join(' ')).not.toMatch(/interview interview/i);
    const calendar = app.call('calendar.export', { interviewId: interview.id });
    expect(calendar.text).toContain('Competency interview: Ada Lovelace with Acme');
    expect(calendar.text).not.toMatch(/interview interview/i);
  });
});
