import { describe, expect, test } from 'vitest';
import { api, dismissToasts, e2eSession, nav, screenshotBothThemes, text, watch } from './harness';

describe('shortlists, tags, selecting many and saved searches', () => {
  const session = e2eSession();

  // A long walk through many screens: more than the default minute on a loaded machine.
  test('a recruiter builds a shortlist from a search, reorders it, submits it to a job, bulk-tags a filtered selection and saves a search', { timeout: 180_000 }, async () => {
    const app = await session.startApp('shortlists');
    const context = await session.newContext({ viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    const { problems } = watch(page);

    const northwind = await api(app, 'clients.create', { name: 'Northwind Logistics', status: 'active' });
    const job = await api(app, 'jobs.create', { clientId: northwind.id, title: 'Java developer' });
    const people = [
      { name: 'Ada Lovelace', currentTitle: 'Senior engineer', currentEmployer: 'Analytical Engines', location: 'London', skills: ['Java'], owner: 'Sam Lee' },
      { name: 'Grace Hopper', currentTitle: 'Contract developer', currentEmployer: 'Remington Rand', location: 'New York', skills: ['Java', 'COBOL'] },
      { name: 'Alan Turing', currentTitle: 'Engineer', currentEmployer: 'Bletchley', location: 'London', skills: ['Java', 'Go'], owner: 'Kim Park' },
      { name: 'Joan Clarke', currentTitle: 'Team lead', currentEmployer: 'Hut 8', location: 'London', skills: ['Go'] },
    ];
    const ids: Record<string, string> = {};
    for (const person of people) ids[person.name] = (await api(app, 'candidates.create', { ...person, allowDuplicate: true })).id;
    // Alan is on the job already: submitting the shortlist skips him, by name.
    await api(app, 'submissions.create', { candidateId: ids['Alan Turing']!, jobId: job.id, stage: 'submitted' });

    await page.goto(`${app.url}#/candidates`);
    await page.getByRole('heading', { level: 1, name: 'Candidates' }).waitFor();
    const list = page.getByRole('list', { name: 'Candidates' });
    const search = page.getByRole('searchbox', { name: 'Search candidates' });

    // A mistake in the search says where, instead of an empty list.
    await search.fill('skill:java "new york');
    await page.getByRole('alert').getByText('The quote at character 12 is never closed').waitFor();

    // The search with a field and an exclusion, then every match selected with Ctrl+A.
    await search.fill('skill:java -title:contract');
    await page.getByText('2 candidates match').waitFor();
    await page.evaluate('document.activeElement?.blur()');
    await page.keyboard.press('Control+a');
    const bar = page.getByRole('region', { name: 'Selected candidates' });
    expect(await text(bar.getByRole('status'))).toBe('2 candidates selected (all that match)');
    await bar.getByRole('button', { name: 'Add to shortlist' }).click();
    const addDialog = page.getByRole('dialog', { name: 'Add 2 candidates to a shortlist' });
    await addDialog.getByRole('textbox', { name: 'Name of the new shortlist' }).fill('Java for Northwind');
    await addDialog.getByRole('button', { name: 'Add to shortlist' }).click();
    await page.getByText('Added 2 candidates to Java for Northwind.').waitFor();

    // Grace too, picked by hand: her checkbox, then the same action.
    await search.fill('');
    await page.getByText('4 candidates', { exact: true }).waitFor();
    await list.getByRole('checkbox', { name: 'Select Grace Hopper' }).click();
    expect(await text(bar.getByRole('status'))).toBe('1 candidate selected');
    await screenshotBothThemes(page, 'candidates-selection');
    // A call logged with her counts as contact, from the same bar.
    await bar.getByRole('button', { name: 'Log', exact: true }).click();
    const log = page.getByRole('dialog', { name: 'Note or log for 1 candidate' });
    await log.getByRole('textbox', { name: 'What was said' }).fill('Asked about January');
    await screenshotBothThemes(page, 'candidates-log-call');
    await log.getByRole('button', { name: 'Log call' }).click();
    await page.getByText('Logged a call with 1 candidate.').waitFor();
    await list.getByRole('checkbox', { name: 'Select Grace Hopper' }).click();
    await bar.getByRole('button', { name: 'Add to shortlist' }).click();
    await page.getByRole('dialog', { name: 'Add 1 candidate to a shortlist' }).getByRole('button', { name: 'Add to shortlist' }).click();
    await page.getByText('Added 1 candidate to Java for Northwind.').waitFor();
    await dismissToasts(page);

    // The shortlist, from the sidebar, in the order added; Grace moved to the top.
    await nav(page, /Java for Northwind/);
    const entries = page.getByRole('list', { name: 'People on Java for Northwind' });
    const names = () => entries.getByRole('link').allTextContents();
    await entries.getByRole('link', { name: 'Grace Hopper' }).waitFor();
    expect(await names()).toEqual(['Alan Turing', 'Ada Lovelace', 'Grace Hopper']);
    await page.getByRole('button', { name: 'Move Grace Hopper up' }).click();
    await expect.poll(names).toEqual(['Alan Turing', 'Grace Hopper', 'Ada Lovelace']);
    await page.getByRole('button', { name: 'Move Grace Hopper up' }).click();
    await expect.poll(names).toEqual(['Grace Hopper', 'Alan Turing', 'Ada Lovelace']);
    await page.getByRole('textbox', { name: 'Note on Grace Hopper' }).fill('Available in January');
    await page.getByRole('textbox', { name: 'Note on Grace Hopper' }).press('Tab');
    await screenshotBothThemes(page, 'shortlist');

    // Submitted to the job in one step: Alan, already on it, is named as skipped.
    await page.getByRole('button', { name: 'Submit to a job' }).click();
    await page.getByRole('dialog', { name: 'Submit Java for Northwind to a job' }).getByRole('button', { name: 'Submit' }).click();
    const skipped = page.getByRole('dialog', { name: 'What was left alone' });
    await skipped.getByText('Already on Java developer (Submitted to client).').waitFor();
    expect(await text(skipped.getByRole('list', { name: 'Left alone' }))).toContain('Alan Turing');
    await screenshotBothThemes(page, 'shortlist-submitted');
    await skipped.getByRole('button', { name: 'Done' }).click();
    const board = await api<{ columns: { cards: unknown[] }[] }>(app, 'submissions.board', { jobId: job.id });
    expect(board.columns.flatMap((c) => c.cards)).toHaveLength(3);

    // The job's board filters by name and orders its columns; every card carries its full name.
    await page.goto(`${app.url}#/jobs/${job.id}/pipeline`);
    const cards = page.locator('.board-card-name');
    await expect.poll(() => cards.count()).toBe(3);
    await page.getByRole('searchbox', { name: 'Filter the board' }).fill('grace');
    await expect.poll(() => cards.allTextContents()).toEqual(['Grace Hopper']);
    expect(await cards.first().getAttribute('title')).toBe('Grace Hopper');
    await page.getByRole('searchbox', { name: 'Filter the board' }).fill('');
    await page.getByRole('combobox', { name: 'Order each column by' }).selectOption('name');
    await screenshotBothThemes(page, 'pipeline-board-ordered');

    // A saved search whose count follows the data, then a filtered selection bulk-tagged.
    await nav(page, 'Candidates');
    await search.fill('tag:hot');
    await page.getByText('No candidates match').waitFor();
    await page.getByRole('button', { name: 'Save search' }).click();
    const saveDialog = page.getByRole('dialog', { name: 'Save this search' });
    await saveDialog.getByRole('textbox', { name: 'Name' }).fill('Hot');
    await saveDialog.getByRole('button', { name: 'Save search' }).click();
    const savedNav = page.getByRole('region', { name: 'Saved searches' });
    const hot = savedNav.getByRole('button', { name: /Hot/ });
    await hot.waitFor();
    expect(await text(hot)).toBe('Hot 0 match');

    await search.fill('location:london');
    await page.getByText('3 candidates match').waitFor();
    await page.evaluate('document.activeElement?.blur()');
    await page.keyboard.press('Control+a');
    await list.getByRole('checkbox', { name: 'Select Joan Clarke' }).click();
    expect(await text(bar.getByRole('status'))).toBe('2 candidates selected');
    await bar.getByRole('button', { name: 'Tag' }).click();
    const tagDialog = page.getByRole('dialog', { name: 'Tag 2 candidates' });
    await tagDialog.getByRole('textbox', { name: 'Tags' }).fill('hot');
    await tagDialog.getByRole('textbox', { name: 'Tags' }).press('Enter');
    await tagDialog.getByRole('button', { name: 'Tag', exact: true }).click();
    await page.getByText('Tagged 2 candidates “hot”.').waitFor();
    await expect.poll(() => text(hot)).toBe('Hot 2 match');
    await hot.click();
    await page.getByText('2 candidates match').waitFor();
    expect(await search.inputValue()).toBe('tag:hot');
    await page.getByRole('button', { name: 'Compact rows' }).click();
    await screenshotBothThemes(page, 'candidates-compact-tagged');

    // Undo takes exactly those tags off again.
    const tagged = page.getByRole('region', { name: 'Notifications' }).getByRole('status').filter({ hasText: 'Tagged 2 candidates' });
    await tagged.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('No candidates match').waitFor();
    expect(problems).toEqual([]);
  });

  test('in Settings, renaming a tag to one in use merges the two on every record', async () => {
    const app = await session.startApp('tags');
    const context = await session.newContext({ viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    const { problems } = watch(page);
    const ada = await api(app, 'candidates.create', { name: 'Ada Lovelace' });
    const grace = await api(app, 'candidates.create', { name: 'Grace Hopper' });
    await api(app, 'tags.set', { kind: 'candidate', id: ada.id, tags: ['Java'] });
    await api(app, 'tags.set', { kind: 'candidate', id: grace.id, tags: ['java dev', 'Remote'] });

    await page.goto(`${app.url}#/settings`);
    const tags = page.getByRole('list', { name: 'Tags in use' });
    await tags.getByRole('textbox', { name: 'New name for “java dev”' }).fill('Java');
    await screenshotBothThemes(page, 'settings-tags');
    await tags.getByRole('listitem').filter({ has: page.getByRole('textbox', { name: 'New name for “java dev”' }) }).getByRole('button', { name: 'Rename' }).click();
    await page.getByText('Renamed “java dev” to “Java” on 1 record.').waitFor();
    expect(await api<{ name: string; count: number }[]>(app, 'tags.list', {})).toEqual([
      { name: 'Java', count: 2 },
      { name: 'Remote', count: 1 },
    ]);
    expect(problems).toEqual([]);
  });
});
