import { describe, expect, test } from 'vitest';
import { api, e2eSession, nav, screenshot, text, watch } from './harness';

/** Typed text is never dropped without a word: leaving a page, closing a dialog or closing the window asks. */
describe('unsaved changes', () => {
  const session = e2eSession();

  test('screening answers are all open at once and saved together; leaving with changes asks', { timeout: 180_000 }, async () => {
    const app = await session.startApp('unsaved');
    const client = await api(app, 'clients.create', { name: 'Northwind Logistics', status: 'active' });
    const job = await api(app, 'jobs.create', { clientId: client.id, title: 'Senior Backend Engineer' });
    const candidate = await api(app, 'candidates.create', { name: 'Amara Okafor', currentTitle: 'Platform Engineer' });
    const context = await session.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    const seen = watch(page);
    // From Today, so the back button has a page of the app to go back to.
    await page.goto(`${app.url}#/today`);
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    await page.goto(`${app.url}#/candidates/${candidate.id}`);

    // A live call: every question open at once; typing one answer and moving to the next keeps both.
    const screening = page.getByRole('region', { name: /^Screening/ });
    await screening.getByRole('button', { name: 'Screen now' }).click();
    await screening.getByRole('textbox', { name: 'Why are they looking?' }).fill('Wants to own a platform end to end again.');
    await screening.getByRole('textbox', { name: 'Salary expectations' }).fill('Currently on £105k, wants £115k.');
    await screening.getByRole('textbox', { name: 'Commute and location' }).click();
    expect(await screening.getByRole('textbox', { name: 'Why are they looking?' }).inputValue()).toBe(
      'Wants to own a platform end to end again.',
    );
    await screenshot(page, 'unsaved-01-screening-open');
    await screening.getByRole('button', { name: 'Save answers' }).click();
    await screening.getByText('Wants to own a platform end to end again.').waitFor();
    await screening.getByText('Currently on £105k, wants £115k.').waitFor();
    await expect.poll(() => text(screening.getByRole('heading', { level: 2 }))).toBe('Screening 2/5 answered');

    // Leaving with an answer half typed asks; keeping on editing keeps the text and the page.
    await screening.getByRole('button', { name: 'Edit answers' }).click();
    await screening.getByRole('textbox', { name: 'Certifications' }).fill('AWS Solutions Architect');
    await nav(page, 'Jobs');
    const prompt = page.getByRole('dialog', { name: 'Save your changes?' });
    await prompt.waitFor();
    await screenshot(page, 'unsaved-02-prompt');
    await prompt.getByRole('button', { name: 'Keep editing' }).click();
    await prompt.waitFor({ state: 'detached' });
    expect(await screening.getByRole('textbox', { name: 'Certifications' }).inputValue()).toBe('AWS Solutions Architect');
    expect(page.url()).toContain(`#/candidates/${candidate.id}`);

    // The back button asks too, and Save saves before leaving.
    await page.goBack();
    await prompt.waitFor();
    await prompt.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    const saved = (await api<{ candidate: { screening: Record<string, string | null> } }>(app, 'candidates.get', { id: candidate.id })).candidate;
    expect(saved.screening.certifications).toBe('AWS Solutions Architect');

    // An intake left with changes: Discard leaves, and nothing was saved.
    await page.goto(`${app.url}#/jobs/${job.id}/intake`);
    await page.getByLabel('Must-have skills').fill('Kafka');
    await page.getByLabel('Must-have skills').press('Enter');
    await nav(page, 'Candidates');
    await prompt.waitFor();
    await prompt.getByRole('button', { name: 'Discard changes' }).click();
    await page.getByRole('heading', { name: 'Candidates', level: 1 }).waitFor();
    expect((await api<{ intake: unknown }>(app, 'jobs.get', { id: job.id })).intake).toBeNull();

    // An intake saved from the prompt reaches the brief.
    await page.goto(`${app.url}#/jobs/${job.id}/intake`);
    await page.getByLabel('Must-have skills').fill('Kafka');
    await page.getByLabel('Must-have skills').press('Enter');
    await nav(page, 'Clients');
    await prompt.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { name: 'Clients', level: 1 }).waitFor();
    const withIntake = await api<{ intake: { mustHave: string[] } | null }>(app, 'jobs.get', { id: job.id });
    expect(withIntake.intake?.mustHave).toEqual(['Kafka']);

    // A dialog with typed text: Escape asks, and only Discard closes it.
    await page.getByRole('button', { name: 'New client' }).click();
    const dialog = page.getByRole('dialog', { name: 'New client' });
    await dialog.getByLabel('Name').fill('Fjord Bank');
    await page.keyboard.press('Escape');
    await prompt.waitFor();
    await prompt.getByRole('button', { name: 'Keep editing' }).click();
    expect(await dialog.getByLabel('Name').inputValue()).toBe('Fjord Bank');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await prompt.getByRole('button', { name: 'Discard changes' }).click();
    await dialog.waitFor({ state: 'detached' });

    // Nothing typed: leaving asks nothing.
    await nav(page, 'Today');
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    expect(seen.problems).toEqual([]);
  });

  test('closing the window with typed changes asks (beforeunload), and without them does not', async () => {
    const app = await session.startApp('unload');
    const client = await api(app, 'clients.create', { name: 'Northwind Logistics', status: 'active' });
    const job = await api(app, 'jobs.create', { clientId: client.id, title: 'Data Engineer' });
    const context = await session.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}#/jobs/${job.id}/intake`);
    await page.getByLabel('Must-have skills').fill('dbt');
    await page.getByLabel('Must-have skills').press('Enter');
    const asked = new Promise<string>((resolve) => page.once('dialog', (d) => void d.dismiss().then(() => resolve(d.type()))));
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    expect(page.isClosed()).toBe(false);

    const clean = await context.newPage();
    await clean.goto(`${app.url}#/jobs/${job.id}/intake`);
    await clean.getByLabel('Must-have skills').waitFor();
    let prompted = false;
    clean.once('dialog', () => (prompted = true));
    await clean.close({ runBeforeUnload: true });
    await expect.poll(() => clean.isClosed()).toBe(true);
    expect(prompted).toBe(false);
  });

  test('an edited message asks before its dialog closes, and an edited submittal profile before the page is left', async () => {
    const app = await session.startApp('editors');
    const client = await api(app, 'clients.create', { name: 'Northwind Logistics' });
    const job = await api(app, 'jobs.create', { clientId: client.id, title: 'Data Engineer' });
    const ada = await api(app, 'candidates.create', { name: 'Ada Lovelace', currentTitle: 'Staff Engineer' });
    const submission = await api(app, 'submissions.create', { candidateId: ada.id, jobId: job.id, stage: 'submitted' });
    const context = await session.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    const prompt = page.getByRole('dialog', { name: 'Save your changes?' });

    await page.goto(`${app.url}#/submissions/${submission.id}`);
    await page.getByRole('button', { name: 'Write message' }).click();
    const message = page.getByRole('dialog', { name: 'Write a message' });
    await message.getByLabel('Subject').fill('Ada Lovelace for your Data Engineer role');
    await page.keyboard.press('Escape');
    await prompt.waitFor();
    // A message is not saved anywhere: the choice is to keep editing or let it go.
    expect(await prompt.getByRole('button', { name: 'Save changes' }).count()).toBe(0);
    await prompt.getByRole('button', { name: 'Discard changes' }).click();
    await message.waitFor({ state: 'detached' });

    await page.goto(`${app.url}#/submissions/${submission.id}/profile`);
    await page.getByLabel('Headline').fill('Ada Lovelace, staff engineer who ships');
    await page.getByRole('link', { name: 'Back to the submission' }).click();
    await prompt.waitFor();
    await prompt.getByRole('button', { name: 'Keep editing' }).click();
    expect(await page.getByLabel('Headline').inputValue()).toBe('Ada Lovelace, staff engineer who ships');
  });
});
