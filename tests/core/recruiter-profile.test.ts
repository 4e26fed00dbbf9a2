import { describe, expect, it } from 'vitest';
import { failure, freshApp, type TestApp } from './helpers';

/** A submitted candidate whose hiring manager has an email address: every template has a record to fill from. */
function setUp(app: TestApp) {
  const client = app.call('clients.create', { name: 'Acme' });
  const max = app.call('contacts.create', { clientId: client.id, name: 'Max Manager', role: 'hiring_manager', email: 'max@acme.test' });
  const job = app.call('jobs.create', { clientId: client.id, title: 'Rust Engineer', hiringManagerId: max.id });
  const ada = app.call('candidates.create', { name: 'Ada Lovelace' });
  const submission = app.call('submissions.create', { candidateId: ada.id, jobId: job.id, stage: 'submitted' });
  return { about: { kind: 'submission' as const, id: submission.id } };
}

describe('the recruiter’s profile', () => {
  it('is empty until set, and keeps what was saved', async () => {
    const app = await freshApp();
    expect(app.call('recruiterProfile.get', {})).toEqual({ name: null, email: null, phone: null, signature: null, currency: null });
    const saved = app.call('recruiterProfile.save', { name: ' Sam Rivera ', email: 'sam@talentbridge.test', phone: '+44 20 7946 0000', signature: '', currency: 'gbp' });
    expect(saved).toEqual({ name: 'Sam Rivera', email: 'sam@talentbridge.test', phone: '+44 20 7946 0000', signature: null, currency: 'GBP' });
    expect(app.call('recruiterProfile.get', {})).toEqual(saved);
  });

  it('refuses a bad email or an unknown currency, and writes nothing', async () => {
    const app = await freshApp();
    expect(failure(() => app.call('recruiterProfile.save', { name: 'Sam', email: 'sam at agency' }))).toMatchObject({ field: 'email' });
    expect(failure(() => app.call('recruiterProfile.save', { name: 'Sam', currency: 'XYZ' }))).toMatchObject({
      field: 'currency',
      message: 'Choose a currency from the list',
    });
    expect(app.call('recruiterProfile.get', {}).name).toBeNull();
  });

  it('signs every template that ends with a sign-off with the recruiter’s name, phone and email', async () => {
    const app = await freshApp();
    const { about } = setUp(app);
    app.call('recruiterProfile.save', { name: 'Sam Rivera', email: 'sam@talentbridge.test', phone: '+44 20 7946 0000' });
    for (const template of app.call('templates.list', {})) {
      const message = app.call('templates.render', { id: template.id, about });
      expect(message.body.endsWith('Best regards,\nSam Rivera\n+44 20 7946 0000\nsam@talentbridge.test')).toBe(true);
      expect(message.profileMissing).toEqual([]);
    }
  });

  it('signs with the signature as written when there is one', async () => {
    const app = await freshApp();
    const { about } = setUp(app);
    app.call('recruiterProfile.save', { name: 'Sam Rivera', signature: 'Sam Rivera\nSenior Consultant, TalentBridge' });
    const message = app.call('templates.render', { id: 'feedback_chase', about });
    expect(message.body).toMatch(/Best regards,\nSam Rivera\nSenior Consultant, TalentBridge$/);
  });

  it('with no profile, leaves {{signature}} visible and says it is the profile’s to fill, not the record’s', async () => {
    const app = await freshApp();
    const { about } = setUp(app);
    const message = app.call('templates.render', { id: 'feedback_chase', about });
    expect(message.body).toMatch(/Best regards,\n\{\{signature\}\}$/);
    expect(message.missing).toEqual([]);
    expect(message.profileMissing).toEqual(['signature']);
  });

  it('signs a template the recruiter wrote that ends with a sign-off, and only once', async () => {
    const app = await freshApp();
    const { about } = setUp(app);
    app.call('recruiterProfile.save', { name: 'Sam Rivera' });
    app.call('templates.save', { id: 'feedback_chase', subject: 'News?', body: 'Hi {{contactFirstName}}, any news?\n\nThanks!' });
    expect(app.call('templates.render', { id: 'feedback_chase', about }).body).toBe('Hi Max, any news?\n\nThanks!\nSam Rivera');
    app.call('templates.save', { id: 'check_in', subject: 'Hello', body: 'Hi {{contactFirstName}}.\n\nKind regards,\n{{recruiterName}}' });
    expect(app.call('templates.render', { id: 'check_in', about }).body).toBe('Hi Max.\n\nKind regards,\nSam Rivera');
    app.call('templates.save', { id: 'submission_cover', subject: 'CV', body: 'Hi {{contactFirstName}}, CV attached.' });
    expect(app.call('templates.render', { id: 'submission_cover', about }).body).toBe('Hi Max, CV attached.');
  });
});
