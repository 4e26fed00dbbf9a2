import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { api, e2eSession, screenshot, watch } from './harness';

/** Screenshots show what stays on screen, not a dialog halfway through fading in; both themes. */
async function shoot(page: Page, name: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.evaluate(`Promise.all(
      document.getAnimations().filter((a) => a.effect?.getTiming().iterations !== Infinity).map((a) => a.finished),
    )`);
    await screenshot(page, `${name}-${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('quick switcher: recent records, typos, everything typed', () => {
  const session = e2eSession();

  test('opened empty it lists what was opened last, across a restart; a name with a typo and a word from an intake are found', async () => {
    let app = await session.startApp('recents');
    const northwind = await api(app, 'clients.create', { name: 'Northwind Logistics', industry: 'Logistics' });
    const dana = await api(app, 'contacts.create', { clientId: northwind.id, name: 'Dana Whitfield', role: 'hr' });
    const job = await api(app, 'jobs.create', { clientId: northwind.id, title: 'Warehouse Lead' });
    await api(app, 'intake.save', { jobId: job.id, hrWants: 'At ease with the union steward', dealBreakers: 'No night shifts' });
    const john = await api(app, 'candidates.create', { name: 'John Smith', currentTitle: 'Shift Lead', currentEmployer: 'Maersk' });
    await api(app, 'candidates.create', { name: 'Ada Lovelace', currentTitle: 'Engineer' });
    const submission = await api(app, 'submissions.create', { candidateId: john.id, jobId: job.id, stage: 'submitted' });
    await api(app, 'feedback.add', {
      submissionId: submission.id,
      contactId: dana.id,
      sentiment: 'mixed',
      text: 'Good, but we need to convince the site manager',
    });

    const context = await session.newContext({ viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(10_000);
    let page = await context.newPage();
    const { problems } = watch(page);
    const switcher = page.getByRole('dialog', { name: 'Search everything' });
    const options = switcher.getByRole('listbox').getByRole('option');
    const recent = switcher.getByRole('group', { name: 'Recently opened' });

    // Nothing opened yet: no recent list, only the hint.
    await page.goto(`${app.url}#/today`);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.keyboard.press('Control+k');
    await switcher.getByText('Type at least 2 letters').waitFor();
    expect(await recent.count()).toBe(0);

    // "Jonh Smtih": two letters swapped in each word still finds John Smith, who opens with Enter.
    await page.keyboard.type('Jonh Smtih');
    await options.filter({ hasText: 'John Smith' }).waitFor();
    expect(await options.first().locator('.switcher-title').textContent()).toBe('John Smith');
    await shoot(page, '64-switcher-typo');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'John Smith' }).waitFor();

    // A word from the intake finds the job, saying where it matched; a word from feedback, the submission.
    await page.keyboard.press('Control+k');
    await page.keyboard.type('union');
    const intake = options.filter({ hasText: 'In the intake' });
    await intake.waitFor();
    expect(await intake.locator('.switcher-title').textContent()).toBe('Warehouse Lead');
    await switcher.getByRole('combobox').fill('convince');
    const feedback = options.filter({ hasText: 'In feedback from Dana Whitfield at Northwind Logistics' });
    await feedback.waitFor();
    await shoot(page, '65-switcher-feedback');
    await switcher.getByRole('combobox').fill('union');
    await intake.waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Warehouse Lead' }).waitFor();
    expect(page.url()).toContain(`#/jobs/${job.id}`);

    // A contact (her name mistyped) opens her client's page; opened empty, the switcher lists the latest first.
    await page.keyboard.press('Control+k');
    await page.keyboard.type('Whitfeild');
    await options.filter({ hasText: 'Dana Whitfield' }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Northwind Logistics' }).waitFor();
    const recentTitles = () => recent.locator('.switcher-title').allTextContents();
    await page.keyboard.press('Control+k');
    // The contact's address leads to the client's page: both are kept, the client as the later.
    const latest = ['Northwind Logistics', 'Dana Whitfield', 'Warehouse Lead', 'John Smith'];
    await expect.poll(recentTitles).toEqual(latest);
    await shoot(page, '66-switcher-recents');

    // Kept across a restart of the app; Enter opens the one chosen.
    await context.close();
    await app.stop();
    app = await session.startApp('recents');
    const again = await session.newContext({ viewport: { width: 1280, height: 800 } });
    again.setDefaultTimeout(10_000);
    page = await again.newPage();
    const after = watch(page);
    await page.goto(`${app.url}#/today`);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.keyboard.press('Control+k');
    const reopened = page.getByRole('dialog', { name: 'Search everything' }).getByRole('group', { name: 'Recently opened' });
    await expect.poll(() => reopened.locator('.switcher-title').allTextContents()).toEqual(latest);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'John Smith' }).waitFor();

    expect(problems).toEqual([]);
    expect(after.problems).toEqual([]);
  });
});
