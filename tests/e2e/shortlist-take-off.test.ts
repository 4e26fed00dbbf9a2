import { describe, expect, test } from 'vitest';
import { api, dismissToasts, e2eSession, screenshotBothThemes, text, watch } from './harness';

describe('taking people off a shortlist', () => {
  const session = e2eSession();

  test('a recruiter selects two people on a shortlist, takes them off in one step, and Undo puts them back in their places', { timeout: 120_000 }, async () => {
    const app = await session.startApp('shortlist-take-off');
    const context = await session.newContext({ viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    const { problems } = watch(page);
    const list = await api(app, 'shortlists.create', { name: 'Northwind longlist' });
    const people = [];
    for (const name of ['Ada Lovelace', 'Grace Hopper', 'Alan Turing']) people.push((await api(app, 'candidates.create', { name, allowDuplicate: true })).id);
    await api(app, 'bulk.addToShortlist', { selection: { kind: 'candidate', ids: people }, shortlistId: list.id });

    await page.goto(`${app.url}#/shortlists/${list.id}`);
    await page.getByRole('heading', { level: 1, name: 'Northwind longlist' }).waitFor({ timeout: 30_000 });
    const entries = page.getByRole('list', { name: 'People on Northwind longlist' });
    const names = async () => (await entries.locator('.shortlist-name').allTextContents()).join(', ');
    await page.getByRole('checkbox', { name: 'Select Ada Lovelace' }).click();
    await page.getByRole('checkbox', { name: 'Select Grace Hopper' }).click({ modifiers: ['Shift'] });
    const bar = page.getByRole('region', { name: 'Selected on Northwind longlist' });
    expect(await text(bar.getByRole('status'))).toBe('2 candidates selected');
    await screenshotBothThemes(page, 'shortlist-take-off');

    await bar.getByRole('button', { name: 'Take off shortlist' }).click();
    const toast = page.getByRole('region', { name: 'Notifications' });
    await toast.getByText('Took 2 candidates off Northwind longlist.').waitFor();
    await expect.poll(names, { timeout: 10_000 }).toBe('Alan Turing');
    // Taken off, they are no longer selected: the bar goes.
    await bar.waitFor({ state: 'detached' });
    await screenshotBothThemes(page, 'shortlist-taken-off');

    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(names, { timeout: 10_000 }).toBe('Ada Lovelace, Grace Hopper, Alan Turing');
    await dismissToasts(page);
    expect(problems).toEqual([]);
  });
});
