import { describe, expect, test } from 'vitest';
import { api, dismissToasts, e2eSession, screenshotBothThemes, watch } from './harness';

describe('undoing a bulk move to the trash', () => {
  const session = e2eSession();

  test('Undo brings back the clients it can and names the one whose name was taken since', { timeout: 120_000 }, async () => {
    const app = await session.startApp('bulk-undo-trash');
    const context = await session.newContext({ viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    const { problems } = watch(page);
    for (const name of ['Acme Robotics', 'Borealis Bank', 'Cyan Media']) await api(app, 'clients.create', { name, industry: 'Services', location: 'Berlin', status: 'active' });

    await page.goto(`${app.url}#/clients`);
    await page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor({ timeout: 30_000 });
    const list = page.getByRole('list', { name: 'Clients' });
    await list.getByRole('checkbox', { name: 'Select Acme Robotics' }).click();
    await list.getByRole('checkbox', { name: 'Select Borealis Bank' }).click({ modifiers: ['Shift'] });
    await page.getByRole('region', { name: 'Selected clients' }).getByRole('button', { name: 'Trash' }).click();
    await page.getByRole('dialog', { name: 'Move 2 clients to the trash?' }).getByRole('button', { name: 'Move to the trash' }).click();
    await page.getByText('1 client', { exact: true }).waitFor();
    // Meanwhile, a colleague's new client takes the first one's name.
    await api(app, 'clients.create', { name: 'Acme Robotics' });

    await page.getByRole('region', { name: 'Notifications' }).getByRole('button', { name: 'Undo' }).click();
    const left = page.getByRole('dialog', { name: 'What was left alone' });
    await left.getByText('There is already a client called “Acme Robotics”. It stays in the trash: rename one of them, then restore it from there.').waitFor();
    expect(await left.getByRole('list', { name: 'Left alone' }).getByRole('listitem').count()).toBe(1);
    await screenshotBothThemes(page, 'bulk-undo-trash-left');
    await left.getByRole('button', { name: 'Done' }).click();
    await dismissToasts(page);
    // Borealis Bank came back beside the new Acme Robotics and Cyan Media.
    await list.getByRole('checkbox', { name: 'Select Borealis Bank' }).waitFor();
    expect(await list.getByRole('checkbox').count()).toBe(3);
    expect(problems).toEqual([]);
  });
});
