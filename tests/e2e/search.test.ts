import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { api, e2eSession, nav, screenshot, text, watch } from './harness';

/** Screenshots show what stays on screen, not a dialog halfway through fading in. */
async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(`Promise.all(
    document.getAnimations().filter((a) => a.effect?.getTiming().iterations !== Infinity).map((a) => a.finished),
  )`);
  await screenshot(page, name);
}


describe('search', () => {
  const session = e2eSession();

  test('a recruiter finds anyone from anywhere with Ctrl+K, and narrows the candidate list with filters', async () => {
    const app = await session.startApp('shortlist');
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
    // A step that never comes fails where it waits, well inside the test's own time limit.
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    const { problems } = watch(page);

    // A small book, through the contract.
    const northwind = await api(app, 'clients.create', { name: 'Northwind Logistics', status: 'active', industry: 'Logistics' });
    const fjord = await api(app, 'clients.create', { name: 'Fjord Bank', status: 'active', industry: 'Banking' });
    await api(app, 'clients.create', { name: 'Joseki Games', status: 'prospect', industry: 'Video games' });
    await api(app, 'contacts.create', { clientId: northwind.id, name: 'Josefine Berg', role: 'hr', jobTitle: 'Head of People' });
    const backend = await api(app, 'jobs.create', { clientId: northwind.id, title: 'Senior Backend Engineer', location: 'Rotterdam' });
    const people = [
      { name: 'José Álvarez', currentTitle: 'Staff Engineer', currentEmployer: 'Glovo', location: 'Madrid', skills: ['Rust', 'PostgreSQL', 'Kafka'], owner: 'Alex Morgan' },
      { name: 'Joseph Turner', currentTitle: 'Backend Developer', currentEmployer: 'Monzo', location: 'London', skills: ['Rust', 'Go'], owner: 'Sam Lee' },
      { name: 'Ada Lovelace', currentTitle: 'Principal Engineer', currentEmployer: 'Analytical Engines', location: 'London', skills: ['Rust', 'PostgreSQL'], owner: 'Alex Morgan' },
      { name: 'Grace Hopper', currentTitle: 'Compiler Engineer', currentEmployer: 'Remington Rand', location: 'New York', skills: ['COBOL', 'Python'], owner: 'Sam Lee' },
    ];
    const [jose, , ada] = await Promise.all(people.map((p) => api(app!, 'candidates.create', p)));
    await api(app, 'notes.add', {
      about: { kind: 'candidate', id: jose!.id },
      body: 'José wants a hybrid role near Madrid; ran the Kafka migration at Glovo.',
    });
    const joseSubmission = await api(app, 'submissions.create', { candidateId: jose!.id, jobId: backend.id, stage: 'submitted' });
    await api(app, 'submissions.move', { id: joseSubmission.id, stage: 'interviewing' });
    await api(app, 'submissions.create', { candidateId: ada!.id, jobId: backend.id, stage: 'submitted' });

    // From the jobs page, Ctrl+K opens the switcher, its box ready to type in.
    await page.goto(`${app.url}#/jobs`);
    await page.getByRole('heading', { level: 1, name: 'Jobs' }).waitFor();
    await page.keyboard.press('Control+k');
    const switcher = page.getByRole('dialog', { name: 'Search everything' });
    await switcher.waitFor();
    const box = switcher.getByRole('combobox');
    expect(await page.evaluate<string | undefined>('document.activeElement?.id')).toBe('switcher-input');
    await switcher.getByText('Type at least 2 letters').waitFor();
    await page.keyboard.type('j');
    await switcher.getByText('Type at least 2 letters').waitFor();

    // "jose" finds José, accents and all, with the match marked, among the other kinds it matches.
    await page.keyboard.type('ose');
    const listbox = switcher.getByRole('listbox');
    const options = listbox.getByRole('option');
    const joseOption = options.filter({ hasText: 'José Álvarez' });
    await joseOption.first().waitFor();
    expect(await joseOption.first().locator('.switcher-title mark').first().textContent()).toBe('José');
    await switcher.getByRole('group', { name: 'Clients' }).getByText('Joseki Games').waitFor();
    await switcher.getByRole('group', { name: 'Contacts' }).getByText('Josefine Berg').waitFor();
    await switcher.getByRole('group', { name: 'Notes' }).waitFor();
    expect(await options.first().getAttribute('aria-selected')).toBe('true');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await options.first().getAttribute('id'));
    await shoot(page, '60-switcher-results');

    // The arrows walk the list (round the end and back); Enter opens the one chosen.
    const count = await options.count();
    const titles = await options.locator('.switcher-title').allTextContents();
    const joseAt = titles.indexOf('José Álvarez');
    expect(joseAt).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('ArrowUp');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await options.nth(count - 1).getAttribute('id'));
    await page.keyboard.press('ArrowDown');
    for (let i = 0; i < joseAt; i++) await page.keyboard.press('ArrowDown');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await joseOption.first().getAttribute('id'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'José Álvarez' }).waitFor();
    expect(page.url()).toContain(`#/candidates/${jose!.id}`);
    await switcher.waitFor({ state: 'detached' });

    // From inside a text box too: a client by name, opened with Enter.
    await nav(page, 'Candidates');
    await page.getByRole('searchbox', { name: 'Search candidates' }).click();
    await page.keyboard.press('Control+k');
    await switcher.waitFor();
    await page.keyboard.type('fjord');
    const fjordOption = options.filter({ hasText: 'Fjord Bank' });
    await fjordOption.waitFor();
    expect(await fjordOption.locator('mark').first().textContent()).toBe('Fjord');
    expect(await text(fjordOption)).toContain('Banking');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await fjordOption.getAttribute('id'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Fjord Bank' }).waitFor();
    expect(page.url()).toContain(`#/clients/${fjord.id}`);

    // Nothing found says so; Esc closes and hands focus back.
    await page.keyboard.press('Control+k');
    await page.keyboard.type('zzqx');
    await switcher.getByText('Nothing matches').waitFor();
    expect(await options.count()).toBe(0);
    await shoot(page, '61-switcher-empty');
    await page.keyboard.press('Escape');
    await switcher.waitFor({ state: 'detached' });

    // The candidate list: a text query, then skills and the latest stage narrow it.
    await nav(page, 'Candidates');
    const rows = page.getByRole('list', { name: 'Candidates' }).getByRole('link');
    const names = () => rows.locator('.candidate-row-name').allTextContents();
    await expect.poll(() => rows.count()).toBe(4);
    await page.getByRole('searchbox', { name: 'Search candidates' }).fill('rust');
    await expect.poll(async () => (await names()).sort()).toEqual(['Ada Lovelace', 'José Álvarez', 'Joseph Turner'].map((n) => initialsAnd(n)).sort());
    const skills = page.getByRole('textbox', { name: 'Skills (all of)' });
    await skills.fill('PostgreSQL');
    await skills.press('Enter');
    await expect.poll(async () => (await names()).sort()).toEqual(['Ada Lovelace', 'José Álvarez'].map(initialsAnd).sort());
    await page.getByText('2 candidates match', { exact: true }).waitFor();
    await page.getByLabel('Latest stage').selectOption('interviewing');
    await expect.poll(names).toEqual([initialsAnd('José Álvarez')]);
    await page.getByText('1 candidate match', { exact: true }).waitFor();
    await page.getByRole('searchbox', { name: 'Search candidates' }).blur();
    await shoot(page, '62-candidate-filters');

    // A filter nobody meets says so, and one click clears them all; the text query stays.
    await page.getByLabel('Owner').fill('Sam Lee');
    await page.getByRole('heading', { name: 'No candidates match' }).waitFor();
    await shoot(page, '63-candidate-filters-none');
    await page.getByRole('button', { name: /Clear filters/ }).first().click();
    await expect.poll(() => rows.count()).toBe(3);
    expect(await page.getByLabel('Latest stage').inputValue()).toBe('');
    expect(await page.getByRole('searchbox', { name: 'Search candidates' }).inputValue()).toBe('rust');

    expect(problems).toEqual([]);
    await context.close();
  });
});

/** A row's name cell reads its initials (hidden from screen readers, still in the text) before the name. */
function initialsAnd(name: string): string {
  const initials = name
    .split(/\s+/)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');
  return `${initials}${name}`;
}
