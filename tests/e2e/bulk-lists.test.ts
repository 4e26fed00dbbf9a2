import { describe, expect, test } from 'vitest';
import { api, dismissToasts, e2eSession, screenshotBothThemes, text, watch } from './harness';

describe('selecting many in every list, and tags on clients', () => {
  const session = e2eSession();

  test('a recruiter selects a range of clients, tags them, filters by the tag, trashes one and undoes it; tags a client and picks its contacts', { timeout: 120_000 }, async () => {
    const app = await session.startApp('bulk-clients');
    const context = await session.newContext({ viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    const { problems } = watch(page);
    const clients: Record<string, string> = {};
    for (const name of ['Acme Robotics', 'Borealis Bank', 'Cyan Media', 'Delta Freight']) {
      clients[name] = (await api(app, 'clients.create', { name, industry: 'Services', location: 'Berlin', status: 'active' })).id;
    }
    for (const [name, role] of [['Hana Ito', 'hiring_manager'], ['Omar Said', 'hr'], ['Lea Roth', 'hiring_manager']] as const) {
      await api(app, 'contacts.create', { clientId: clients['Acme Robotics']!, name, role });
    }

    await page.goto(`${app.url}#/clients`);
    // The first page of a fresh app on a loaded machine may take a while.
    await page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor({ timeout: 30_000 });
    const list = page.getByRole('list', { name: 'Clients' });
    await list.getByRole('checkbox', { name: 'Select Acme Robotics' }).click();
    await list.getByRole('checkbox', { name: 'Select Cyan Media' }).click({ modifiers: ['Shift'] });
    const bar = page.getByRole('region', { name: 'Selected clients' });
    expect(await text(bar.getByRole('status'))).toBe('3 clients selected');
    // What applies to clients: no shortlist (they hold people), no owner (clients have none).
    expect(await bar.locator('.bulk-actions').getByRole('button').allTextContents()).toEqual(['Tag', 'Log', 'Follow-up', 'Trash', 'Clear']);
    await screenshotBothThemes(page, 'clients-selection');

    await bar.getByRole('button', { name: 'Tag' }).click();
    const tagDialog = page.getByRole('dialog', { name: 'Tag 3 clients' });
    await tagDialog.getByRole('textbox', { name: 'Tags' }).fill('Key account');
    await tagDialog.getByRole('textbox', { name: 'Tags' }).press('Enter');
    await tagDialog.getByRole('button', { name: 'Tag', exact: true }).click();
    await page.getByText('Tagged 3 clients “Key account”.').waitFor();
    await dismissToasts(page);

    // The list narrowed to the tag; Ctrl+A then selects all that match.
    await page.getByRole('combobox', { name: 'Tag' }).fill('key account');
    await page.getByText('3 clients match').waitFor();
    await page.evaluate('document.activeElement?.blur()');
    await page.keyboard.press('Control+a');
    expect(await text(bar.getByRole('status'))).toBe('3 clients selected (all that match)');
    await list.getByRole('checkbox', { name: 'Select Acme Robotics' }).click();
    await list.getByRole('checkbox', { name: 'Select Borealis Bank' }).click();
    expect(await text(bar.getByRole('status'))).toBe('1 client selected');
    await bar.getByRole('button', { name: 'Trash' }).click();
    const trash = page.getByRole('dialog', { name: 'Move 1 client to the trash?' });
    await screenshotBothThemes(page, 'clients-trash-selection');
    await trash.getByRole('button', { name: 'Move to the trash' }).click();
    await page.getByText('2 clients match').waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('3 clients match').waitFor();
    await dismissToasts(page);

    // A client's own tags: typed on its page, taken off there, with the tags in use offered.
    await page.goto(`${app.url}#/clients/${clients['Delta Freight']}`);
    const tags = page.getByRole('textbox', { name: 'Tags on this client' });
    await tags.fill('Logistics');
    await tags.press('Enter');
    await page.getByRole('list', { name: 'Tags on this client' }).getByText('Logistics').waitFor();
    await page.getByRole('group', { name: 'Tags in use' }).getByRole('button', { name: /Key account/ }).click();
    await page.getByRole('button', { name: 'Remove Key account' }).waitFor();
    await screenshotBothThemes(page, 'client-tags');
    await page.getByRole('button', { name: 'Remove Logistics' }).click();
    await page.getByRole('button', { name: 'Remove Logistics' }).waitFor({ state: 'detached' });
    expect(await api<string[]>(app, 'tags.of', { kind: 'client', id: clients['Delta Freight']! })).toEqual(['Key account']);

    // Contacts at a client: two picked, tagged together, then one shown by its tag.
    await page.goto(`${app.url}#/clients/${clients['Acme Robotics']}`);
    await page.getByRole('checkbox', { name: 'Select Hana Ito' }).click();
    await page.getByRole('checkbox', { name: 'Select Omar Said' }).click();
    const contactsBar = page.getByRole('region', { name: 'Selected contacts' });
    expect(await text(contactsBar.getByRole('status'))).toBe('2 contacts selected');
    await contactsBar.getByRole('button', { name: 'Tag' }).click();
    const contactTags = page.getByRole('dialog', { name: 'Tag 2 contacts' });
    await contactTags.getByRole('textbox', { name: 'Tags' }).fill('Decision maker');
    await contactTags.getByRole('textbox', { name: 'Tags' }).press('Enter');
    await contactTags.getByRole('button', { name: 'Tag', exact: true }).click();
    await page.getByText('Tagged 2 contacts “Decision maker”.').waitFor();
    await page.getByRole('combobox', { name: 'Show contacts tagged' }).selectOption('Tagged “Decision maker”');
    await page.getByRole('heading', { name: 'Lea Roth' }).waitFor({ state: 'detached' });
    await screenshotBothThemes(page, 'client-contacts-tagged');
    expect(problems).toEqual([]);
  });

  test('a recruiter selects a range of cards in a pipeline column and tags their candidates', { timeout: 120_000 }, async () => {
    const app = await session.startApp('bulk-board');
    const context = await session.newContext({ viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    const { problems } = watch(page);
    const client = await api(app, 'clients.create', { name: 'Northwind', status: 'active' });
    const job = await api(app, 'jobs.create', { clientId: client.id, title: 'Data engineer' });
    const ids: string[] = [];
    for (const name of ['Ada Lovelace', 'Grace Hopper', 'Alan Turing', 'Joan Clarke']) {
      const candidate = await api(app, 'candidates.create', { name, allowDuplicate: true });
      ids.push(candidate.id);
      await api(app, 'submissions.create', { candidateId: candidate.id, jobId: job.id, stage: name === 'Joan Clarke' ? 'submitted' : 'shortlisted' });
    }

    await page.goto(`${app.url}#/jobs/${job.id}/pipeline`);
    const shortlisted = page.locator('[data-lane="shortlisted"]');
    const checks = shortlisted.getByRole('checkbox');
    await checks.first().waitFor({ timeout: 30_000 });
    await checks.first().click();
    await checks.last().click({ modifiers: ['Shift'] });
    const bar = page.getByRole('region', { name: 'Selected in Shortlisted' });
    expect(await text(bar.getByRole('status'))).toBe('3 candidates selected');
    await screenshotBothThemes(page, 'pipeline-column-selection');

    // A card in another column starts a selection of its own.
    await page.locator('[data-lane="submitted"]').getByRole('checkbox', { name: 'Select Joan Clarke' }).click();
    const submittedBar = page.getByRole('region', { name: 'Selected in Submitted to client' });
    expect(await text(submittedBar.getByRole('status'))).toBe('1 candidate selected');
    await page.keyboard.press('Escape');
    await submittedBar.waitFor({ state: 'detached' });

    // Ctrl+A right after a tick selects the whole column.
    await checks.first().click();
    await page.keyboard.press('Control+a');
    expect(await text(bar.getByRole('status'))).toBe('3 candidates selected');
    await bar.getByRole('button', { name: 'Tag' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tag 3 candidates' });
    await dialog.getByRole('textbox', { name: 'Tags' }).fill('Northwind longlist');
    await dialog.getByRole('textbox', { name: 'Tags' }).press('Enter');
    await dialog.getByRole('button', { name: 'Tag', exact: true }).click();
    await page.getByText('Tagged 3 candidates “Northwind longlist”.').waitFor();
    for (const [i, id] of ids.entries()) {
      expect(await api<string[]>(app, 'tags.of', { kind: 'candidate', id })).toEqual(i < 3 ? ['Northwind longlist'] : []);
    }
    await dismissToasts(page);

    // From the quick switcher: Shift+Enter puts the person found on a shortlist, without leaving the search.
    await page.keyboard.press('Control+k');
    const switcher = page.getByRole('dialog', { name: 'Search everything' });
    await switcher.getByRole('combobox').fill('Joan');
    await switcher.getByRole('option', { name: /Joan Clarke/ }).waitFor();
    await switcher.getByRole('combobox').press('Shift+Enter');
    const add = page.getByRole('dialog', { name: 'Add Joan Clarke to a shortlist' });
    await add.getByRole('textbox', { name: 'Name of the new shortlist' }).fill('Data people');
    await screenshotBothThemes(page, 'switcher-add-to-shortlist');
    await add.getByRole('button', { name: 'Add to shortlist' }).click();
    await page.getByText('Added 1 candidate to Data people.').waitFor();
    await switcher.waitFor();
    expect(problems).toEqual([]);
  });

  test('a recruiter sorts jobs by priority (remembered after a reload), gives picked jobs an owner, tags a job, and picks people on a shortlist', { timeout: 120_000 }, async () => {
    const app = await session.startApp('bulk-jobs');
    const context = await session.newContext({ viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    const { problems } = watch(page);
    const client = await api(app, 'clients.create', { name: 'Northwind', status: 'active' });
    const jobs: Record<string, string> = {};
    for (const [title, priority] of [['Data engineer', 'normal'], ['Head of sales', 'urgent'], ['Office manager', 'low']] as const) {
      jobs[title] = (await api(app, 'jobs.create', { clientId: client.id, title, priority })).id;
    }

    await page.goto(`${app.url}#/jobs`);
    await page.getByRole('heading', { level: 1, name: 'Jobs' }).waitFor({ timeout: 30_000 });
    await page.getByRole('combobox', { name: 'Sort jobs by' }).selectOption('priority');
    const list = page.getByRole('list', { name: 'Jobs' });
    await expect.poll(async () => (await list.getByRole('link').allTextContents())[0]).toContain('Head of sales');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Jobs' }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('combobox', { name: 'Sort jobs by' }).inputValue()).toBe('priority');

    await list.getByRole('checkbox', { name: 'Select Head of sales' }).click();
    await list.getByRole('checkbox', { name: 'Select Office manager' }).click({ modifiers: ['Shift'] });
    const bar = page.getByRole('region', { name: 'Selected jobs' });
    expect(await text(bar.getByRole('status'))).toBe('3 jobs selected');
    await screenshotBothThemes(page, 'jobs-selection');
    await bar.getByRole('button', { name: 'Owner' }).click();
    const owner = page.getByRole('dialog', { name: 'Change the owner of 3 jobs' });
    await owner.getByRole('textbox', { name: 'Owner' }).fill('Kim Park');
    await owner.getByRole('button', { name: 'Change owner' }).click();
    await page.getByText('Gave 3 jobs to Kim Park.').waitFor();
    await dismissToasts(page);

    await page.goto(`${app.url}#/jobs/${jobs['Data engineer']}`);
    const tags = page.getByRole('textbox', { name: 'Tags on this job' });
    await tags.fill('Retained');
    await tags.press('Enter');
    await page.getByRole('button', { name: 'Remove Retained' }).waitFor();
    await screenshotBothThemes(page, 'job-tags');

    // A shortlist's people select like a list's rows.
    const list2 = await api(app, 'shortlists.create', { name: 'Northwind longlist' });
    const people = [];
    for (const name of ['Ada Lovelace', 'Grace Hopper']) people.push((await api(app, 'candidates.create', { name, allowDuplicate: true })).id);
    await api(app, 'bulk.addToShortlist', { selection: { kind: 'candidate', ids: people }, shortlistId: list2.id });
    await page.goto(`${app.url}#/shortlists/${list2.id}`);
    await page.getByRole('checkbox', { name: 'Select Grace Hopper' }).click();
    const shortlistBar = page.getByRole('region', { name: 'Selected on Northwind longlist' });
    expect(await text(shortlistBar.getByRole('status'))).toBe('1 candidate selected');
    await screenshotBothThemes(page, 'shortlist-selection');
    expect(problems).toEqual([]);
  });
});
