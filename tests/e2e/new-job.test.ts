import { describe, expect, test } from 'vitest';
import { api, e2eSession, screenshot, scrollPaneTo, watch } from './harness';

/** A new job asks only what is particular to it: the client's only contacts and its currency come filled in. */
describe('the new-job form', () => {
  const session = e2eSession();

  test('preselects the client’s only hiring manager and HR contact, takes the currency of its country, and asks priority once', { timeout: 120_000 }, async () => {
    const app = await session.startApp('new-job');
    await api(app, 'recruiterProfile.save', { name: 'Sam Rivera', currency: 'CHF' });
    const bayer = await api(app, 'clients.create', { name: 'Bayer Logistik', country: 'DE' });
    const jonas = await api(app, 'contacts.create', { clientId: bayer.id, name: 'Jonas Weber', role: 'hiring_manager' });
    const lena = await api(app, 'contacts.create', { clientId: bayer.id, name: 'Lena Hoffmann', role: 'hr' });
    await api(app, 'contacts.create', { clientId: bayer.id, name: 'Petra Klein', role: 'executive' });
    const acme = await api(app, 'clients.create', { name: 'Acme' });
    await api(app, 'contacts.create', { clientId: acme.id, name: 'Max Manager', role: 'hiring_manager' });
    await api(app, 'contacts.create', { clientId: acme.id, name: 'Mia Manager', role: 'hiring_manager' });
    const hana = await api(app, 'contacts.create', { clientId: acme.id, name: 'Hana HR', role: 'hr' });

    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await session.newContext({ colorScheme, viewport: { width: 1280, height: 1000 } });
      const page = await context.newPage();
      const seen = watch(page);
      await page.goto(`${app.url}#/clients/${bayer.id}`);
      await page.locator('main').getByRole('button', { name: 'New job' }).first().click();
      const form = page.getByRole('dialog', { name: 'New job' });
      await form.waitFor();
      await expect.poll(() => form.getByLabel('Hiring manager').inputValue()).toBe(jonas.id);
      expect(await form.getByLabel('HR contact').inputValue()).toBe(lena.id);
      expect(await form.getByLabel('Currency').inputValue()).toBe('EUR');
      // The box offers the currency codes by name as the recruiter types.
      const list = await form.getByLabel('Currency').getAttribute('list');
      expect(await form.locator(`datalist#${list} option[value="CHF"]`).getAttribute('label')).toBe('CHF · Swiss Franc');
      expect(await form.getByLabel('Owner').inputValue()).toBe('Sam Rivera');
      // One priority: the intake's urgency is the same thing, and is not asked here or there.
      expect(await form.getByLabel('Priority').count()).toBe(1);
      expect(await form.getByText('Urgency').count()).toBe(0);
      await form.getByLabel('Job title').fill('Fleet Planner');
      await screenshot(page, `new-job-form-${colorScheme}`);
      await form.getByRole('button', { name: 'Cancel' }).click();
      const ask = page.getByRole('dialog', { name: 'Save your changes?' });
      if (await ask.isVisible()) await ask.getByRole('button', { name: 'Discard changes' }).click();
      expect(seen.problems).toEqual([]);
      await context.close();
    }

    // From the jobs list the client is chosen in the form: its defaults follow the choice.
    const context = await session.newContext({ viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    await page.goto(`${app.url}#/jobs`);
    await page.locator('main').getByRole('button', { name: 'New job' }).first().click();
    const form = page.getByRole('dialog', { name: 'New job' });
    await form.getByRole('combobox', { name: /^Client/ }).selectOption({ label: 'Acme' });
    // Two hiring managers: the recruiter chooses. One HR contact: chosen. No country: the profile's currency.
    await expect.poll(() => form.getByLabel('HR contact').inputValue()).toBe(hana.id);
    expect(await form.getByLabel('Hiring manager').inputValue()).toBe('');
    expect(await form.getByLabel('Currency').inputValue()).toBe('CHF');
    await form.getByRole('combobox', { name: /^Client/ }).selectOption({ label: 'Bayer Logistik' });
    await expect.poll(() => form.getByLabel('Currency').inputValue()).toBe('EUR');
    await expect.poll(() => form.getByLabel('Hiring manager').inputValue()).toBe(jonas.id);
    await form.getByLabel('Job title').fill('Fleet Planner');
    await form.getByLabel('From').fill('60000');
    await form.getByRole('button', { name: 'Create job' }).click();
    await page.getByRole('heading', { level: 1, name: /Fleet Planner/ }).waitFor();
    const jobs = await api<{ items: { id: string }[] }>(app, 'jobs.list', { clientId: bayer.id });
    const job = await api<{ job: { salary: { currency: string }; hiringManagerId: string; hrContactId: string } }>(app, 'jobs.get', { id: jobs.items[0]!.id });
    expect(job.job).toMatchObject({ salary: { currency: 'EUR' }, hiringManagerId: jonas.id, hrContactId: lena.id });
  });

  test('the intake shows the job’s priority instead of asking urgency again, and keeps an urgency recorded before', async () => {
    const app = await session.startApp('one-priority');
    const client = await api(app, 'clients.create', { name: 'Northwind Logistics' });
    const job = await api(app, 'jobs.create', { clientId: client.id, title: 'Data Engineer', priority: 'urgent' });
    await api(app, 'intake.save', { jobId: job.id, mustHave: ['Python'], urgency: 'critical', targetDaysToHire: 30 });
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await session.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${app.url}#/jobs/${job.id}/intake`);
      const timing = page.getByRole('region', { name: 'Timing' });
      await timing.getByText(/^Priority Urgent, as set with the job’s details/).waitFor();
      await timing.getByText('An earlier intake recorded the urgency as critical.').waitFor();
      expect(await page.getByRole('group', { name: 'Urgency' }).count()).toBe(0);
      await scrollPaneTo(page, timing);
      await screenshot(page, `intake-priority-${colorScheme}`);
      await context.close();
    }
  });

  test('a client’s country is chosen by name, in the recruiter’s language, and shown on its page', async () => {
    const app = await session.startApp('client-country');
    const client = await api(app, 'clients.create', { name: 'Bayer Logistik', location: 'Hamburg' });
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await session.newContext({ colorScheme, locale: 'en-GB', viewport: { width: 1280, height: 1000 } });
      const page = await context.newPage();
      await page.goto(`${app.url}#/clients/${client.id}`);
      await page.locator('main').getByRole('button', { name: 'Edit client' }).click();
      const form = page.getByRole('dialog', { name: 'Edit Bayer Logistik' });
      await form.getByLabel('Country').selectOption({ label: 'Germany' });
      await screenshot(page, `client-country-${colorScheme}`);
      await form.getByRole('button', { name: 'Save changes' }).click();
      await form.waitFor({ state: 'detached' });
      await page.getByRole('region', { name: 'Details' }).getByText('Germany').waitFor();
      await context.close();
    }
    expect(await api<{ client: { country: string } }>(app, 'clients.get', { id: client.id })).toMatchObject({ client: { country: 'DE' } });
  });
});
