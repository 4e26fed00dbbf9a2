import { describe, expect, test } from 'vitest';
import { api, dismissToasts, e2eSession, screenshot, scrollPaneTo, watch } from './harness';

/** Messages sign off with the recruiter's own name and signature, set once in Settings → Your profile. */
describe('your profile', () => {
  const session = e2eSession();

  test('without a profile the message keeps {{signature}} and says where to set it; once set, every message is signed', async () => {
    const app = await session.startApp('profile');
    const client = await api(app, 'clients.create', { name: 'Northwind Logistics' });
    const dana = await api(app, 'contacts.create', { clientId: client.id, name: 'Dana Whitfield', role: 'hiring_manager', email: 'dana@northwind.example' });
    const job = await api(app, 'jobs.create', { clientId: client.id, title: 'Data Engineer', hiringManagerId: dana.id });
    const ada = await api(app, 'candidates.create', { name: 'Ada Lovelace' });
    const submission = await api(app, 'submissions.create', { candidateId: ada.id, jobId: job.id, stage: 'submitted' });

    const context = await session.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const seen = watch(page);
    await page.goto(`${app.url}#/submissions/${submission.id}`);
    await page.getByRole('button', { name: 'Write message' }).click();
    let message = page.getByRole('dialog', { name: 'Write a message' });
    await message.waitFor();
    await expect.poll(() => message.getByLabel('Message').inputValue()).toMatch(/Best regards,\n\{\{signature\}\}$/);
    // Not the record's gap: the note points to Settings, and the record's box stays away.
    expect(await message.getByRole('status').count()).toBe(0);
    await screenshot(page, 'message-unsigned-light');
    await message.getByRole('link', { name: 'Settings → Your profile' }).click();

    const section = page.getByRole('region', { name: 'Your profile' });
    await section.waitFor();
    await section.getByLabel('Your name').fill('Sam Rivera');
    await section.getByLabel('Email').fill('sam at talentbridge');
    await section.getByLabel('Phone').fill('+44 20 7946 0000');
    await section.getByRole('button', { name: 'Save profile' }).click();
    // A mistake is named under its field, and nothing is saved.
    await section.getByText('Use an email address like you@agency.com').waitFor();
    await section.getByLabel('Email').fill('sam@talentbridge.example');
    await section.getByLabel('Default currency').selectOption('GBP');
    await section.getByLabel('Signature').fill('Sam Rivera\nSenior Consultant, TalentBridge\n+44 20 7946 0000');
    await section.getByRole('button', { name: 'Save profile' }).click();
    await page.getByRole('status').filter({ hasText: 'Your profile is saved' }).waitFor();
    expect(await api(app, 'recruiterProfile.get', {})).toMatchObject({ name: 'Sam Rivera', currency: 'GBP' });

    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(`${app.url}#/settings`);
      await section.waitFor();
      await dismissToasts(page);
      await scrollPaneTo(page, section);
      await screenshot(page, `settings-profile-${colorScheme}`);

      await page.goto(`${app.url}#/submissions/${submission.id}`);
      await page.getByRole('button', { name: 'Write message' }).click();
      message = page.getByRole('dialog', { name: 'Write a message' });
      await expect.poll(() => message.getByLabel('Message').inputValue()).toMatch(/Best regards,\nSam Rivera\nSenior Consultant, TalentBridge\n\+44 20 7946 0000$/);
      await expect.poll(() => message.getByText('Settings → Your profile').count()).toBe(0);
      await screenshot(page, `message-signed-${colorScheme}`);
      await page.keyboard.press('Escape');
    }
    expect(seen.problems).toEqual([]);
  });
});
