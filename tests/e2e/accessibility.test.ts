import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { api, e2eSession, screenshot, type RunningApp } from './harness';

/**
 * Every screen and every dialog, in light and dark, on the demo's real data: axe-core finds no
 * serious or critical violation. To add a screen or a dialog, add a row to `screens` below.
 */

const root = path.resolve(import.meta.dirname, '../..');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Records of the demo to visit: a client with jobs, a job with a pipeline, a candidate with submissions. */
interface Demo {
  clientId: string;
  jobId: string;
  candidateId: string;
  submissionId: string;
}

interface DialogCase {
  /** The dialog's accessible name (its title), or a pattern for it. */
  name: string | RegExp;
  /** Opens it from the screen, as the recruiter would. */
  open: (page: Page) => Promise<void>;
}

interface ScreenCase {
  name: string;
  path: (demo: Demo) => string;
  /** The dialogs this screen opens. */
  dialogs?: DialogCase[];
  /** Sets the scene through the core first (the screen as it looks once the recruiter has filled it in). */
  before?: (app: RunningApp) => Promise<unknown>;
}

const button = (name: string | RegExp) => (page: Page) =>
  page.locator('main').getByRole('button', { name }).first().click({ timeout: 10_000 });
const key = (keys: string) => (page: Page) => page.keyboard.press(keys);
/** Ticks the list's first row (if it is not yet), then opens a bulk action from the selection bar. */
const selectThen = (name: string, bar = 'Selected candidates') => async (page: Page) => {
  const first = page.getByRole('checkbox', { name: /^Select / }).first();
  if (!(await first.isChecked())) await first.click();
  await page.getByRole('region', { name: bar }).getByRole('button', { name, exact: true }).click();
};

/** The one table: add your screen (and the dialogs it opens) here. */
const screens: ScreenCase[] = [
  {
    name: 'Today',
    path: () => '/today',
    dialogs: [
      { name: 'Search everything', open: key('Control+k') },
      { name: 'New reminder', open: button(/^New reminder/) },
      {
        name: 'Snooze until',
        open: async (page) => {
          await page.locator('main .follow-up-snooze').first().click({ timeout: 10_000 });
          await page.getByRole('menuitem', { name: 'Pick a date…' }).click();
        },
      },
    ],
  },
  { name: 'Clients', path: () => '/clients', dialogs: [{ name: 'New client', open: button('New client') }] },
  {
    name: 'Client page',
    path: (d) => `/clients/${d.clientId}`,
    dialogs: [
      { name: /^Edit /, open: button('Edit client') },
      { name: /^New contact at /, open: button('Add contact') },
      { name: /^Move “.+” to the trash\?$/, open: button('Delete client') },
      { name: /^Tag (?!\d)/, open: button(/^Tag /) },
    ],
  },
  { name: 'Jobs', path: () => '/jobs', dialogs: [{ name: 'New job', open: button('New job') }] },
  { name: 'Job page', path: (d) => `/jobs/${d.jobId}`, dialogs: [{ name: /^Edit /, open: button('Edit job') }] },
  { name: 'Intake', path: (d) => `/jobs/${d.jobId}/intake` },
  { name: 'Brief', path: (d) => `/jobs/${d.jobId}/brief` },
  {
    name: 'Pipeline',
    path: (d) => `/jobs/${d.jobId}/pipeline`,
    dialogs: [{ name: 'Add a candidate', open: button('Add candidate') }],
  },
  { name: 'Candidates', path: () => '/candidates', dialogs: [{ name: 'New candidate', open: button('New candidate') }] },
  {
    name: 'Candidates, selecting many',
    path: () => '/candidates',
    dialogs: [
      { name: /^Tag \d+ candidates?$/, open: selectThen('Tag') },
      { name: /^Add \d+ candidates? to a shortlist$/, open: selectThen('Add to shortlist') },
      { name: /^Submit \d+ candidates? to a job$/, open: selectThen('Submit to job') },
      { name: /^Note or log for \d+ candidates?$/, open: selectThen('Log') },
      { name: /^Follow up with \d+ candidates?$/, open: selectThen('Follow-up') },
      { name: /^Change the owner of \d+ candidates?$/, open: selectThen('Owner') },
      { name: /^Move \d+ candidates? to the trash\?$/, open: selectThen('Trash') },
      { name: 'Save this search', open: button('Save search') },
    ],
  },
  {
    name: 'Clients, selecting many',
    path: () => '/clients',
    dialogs: [
      { name: /^Tag \d+ clients?$/, open: selectThen('Tag', 'Selected clients') },
      { name: /^Move \d+ clients? to the trash\?$/, open: selectThen('Trash', 'Selected clients') },
    ],
  },
  {
    name: 'Jobs, selecting many',
    path: () => '/jobs',
    dialogs: [{ name: /^Change the owner of \d+ jobs?$/, open: selectThen('Owner', 'Selected jobs') }],
  },
  {
    name: 'Candidate page',
    path: (d) => `/candidates/${d.candidateId}`,
    dialogs: [
      { name: /^Edit /, open: button('Edit candidate') },
      { name: /^Submit .* to a job$/, open: button('Submit to a job') },
      // Opened empty after visiting records: the recently opened ones.
      { name: 'Search everything', open: key('Control+k') },
    ],
  },
  {
    name: 'Submission',
    path: (d) => `/submissions/${d.submissionId}`,
    dialogs: [
      { name: /^Schedule an interview for /, open: button('Schedule interview') },
      { name: /^Log feedback on /, open: button('Log feedback') },
      { name: /^Prep note for /, open: button('Add prep note') },
      { name: 'Write a message', open: button('Write message') },
    ],
  },
  { name: 'Submittal profile', path: (d) => `/submissions/${d.submissionId}/profile` },
  { name: 'Import from CSV', path: () => '/import/csv/candidates' },
  { name: 'Sharing', path: () => '/sharing' },
  { name: 'Conflicts', path: () => '/sharing/conflicts' },
  { name: 'Likely duplicates', path: () => '/sharing/duplicates' },
  {
    name: 'Placements',
    path: () => '/placements',
    dialogs: [{ name: / at /, open: (page) => page.locator('main table').getByRole('button').first().click({ timeout: 10_000 }) }],
  },
  {
    name: 'Reports',
    path: () => '/reports',
    dialogs: [
      {
        // The records behind a figure: the first figure of the year that has any.
        name: /./,
        open: async (page) => {
          await page.locator('.report-filters select').first().selectOption('year');
          await page.locator('main .figure-link').first().click({ timeout: 10_000 });
        },
      },
    ],
  },
  {
    // Your profile filled in: its currency chosen, its signature written. (Until here, in the first theme,
    // it was empty: the submission's message said where to set it.)
    name: 'Settings, your profile',
    path: () => '/settings',
    before: (app) =>
      api(app, 'recruiterProfile.save', {
        name: 'Sam Rivera',
        email: 'sam@talentbridge.example',
        phone: '+44 20 7946 0000',
        signature: 'Sam Rivera\nSenior Consultant, TalentBridge',
        currency: 'GBP',
      }),
  },
  { name: 'Trash', path: () => '/trash' },
  { name: 'Settings', path: () => '/settings' },
];

interface Violation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** axe-core over the page, or over one dialog; only what WCAG calls serious or critical. */
async function axe(page: Page, within?: string): Promise<Violation[]> {
  if (!(await page.evaluate('typeof axe !== "undefined"'))) await page.addScriptTag({ path: axePath });
  // Run in the page, which has the DOM this file's types do not.
  return page.evaluate<Violation[]>(`(async () => {
    const context = ${within ? `document.querySelector(${JSON.stringify(within)})` : 'document'};
    const { violations } = await axe.run(context, { resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        // Where, and axe's reason (for contrast: the two colours and the ratio).
        targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ') + ': ' + (n.any[0] ? n.any[0].message : '')),
      }));
  })()`);
}

/** The page has drawn its data: a heading, nothing still loading. */
async function settled(page: Page): Promise<void> {
  await page.locator('main :is(h1, h2)').first().waitFor({ timeout: 15_000 });
  await page.waitForFunction('document.querySelector(\'[aria-busy="true"]\') === null', undefined, { timeout: 15_000 });
}

async function findDemo(app: RunningApp): Promise<Demo> {
  type Page<T> = { items: T[] };
  const jobs = await api<Page<{ id: string; clientId: string }>>(app, 'jobs.list', { limit: 50 });
  // The job with the fullest pipeline shows the most kinds of cards.
  let best = { jobId: jobs.items[0]!.id, clientId: jobs.items[0]!.clientId, count: -1 };
  for (const job of jobs.items) {
    const board = await api<{ columns?: { cards: unknown[] }[]; submissions?: unknown[] }>(app, 'submissions.board', { jobId: job.id });
    const count = board.columns ? board.columns.reduce((n, c) => n + c.cards.length, 0) : (board.submissions?.length ?? 0);
    if (count > best.count) best = { jobId: job.id, clientId: job.clientId, count };
  }
  const candidates = await api<Page<{ id: string }>>(app, 'candidates.list', { limit: 100 });
  for (const { id } of candidates.items) {
    const detail = await api<{ submissions: { id: string }[] }>(app, 'candidates.get', { id });
    if (detail.submissions.length > 0) return { ...best, candidateId: id, submissionId: detail.submissions[0]!.id };
  }
  throw new Error('The demo has no candidate with a submission');
}

describe('accessibility', () => {
  const session = e2eSession();

  test('every screen and dialog, light and dark, has no serious or critical axe-core violation', { timeout: 900_000 }, async () => {
    execFileSync(process.execPath, [path.join(root, 'bin/shortlist.js'), 'demo', '--db', path.join(session.dir, 'demo.db'), '--candidates', '300'], {
      cwd: root,
      stdio: 'ignore',
    });
    const app = await session.startApp('demo');
    const demo = await findDemo(app);
    const found: string[] = [];
    const record = (where: string, violations: Violation[]) => {
      for (const v of violations) found.push(`${where}: ${v.id} (${v.impact}) ${v.help}\n    ${v.targets.join('\n    ')}`);
    };

    for (const colorScheme of ['light', 'dark'] as const) {
      // The injected axe script is inline, which the app's own CSP rightly refuses.
      // Reduced motion: a dialog is checked as it stands, not halfway through fading in.
      const context = await session.newContext({ colorScheme, reducedMotion: 'reduce', bypassCSP: true, viewport: { width: 1280, height: 860 } });
      const page = await context.newPage();
      await page.goto(`${app.url}#/today`);
      for (const screen of screens) {
        const where = `${screen.name} (${colorScheme})`;
        await screen.before?.(app);
        await page.goto(`${app.url}#${screen.path(demo)}`);
        // Nothing was typed on the last screen: leaving it must not ask.
        if (await page.getByRole('dialog', { name: 'Save your changes?' }).isVisible()) {
          found.push(`${where}: leaving the screen before asked to save with nothing typed`);
          await page.getByRole('button', { name: 'Discard changes' }).click();
        }
        try {
          await settled(page);
        } catch {
          found.push(`${where}: the screen did not finish drawing`);
          await screenshot(page, `a11y-unsettled-${screen.name}-${colorScheme}`);
          continue;
        }
        record(where, await axe(page));
        for (const dialog of screen.dialogs ?? []) {
          const opened = page.getByRole('dialog', { name: dialog.name });
          try {
            await dialog.open(page);
            await opened.waitFor({ timeout: 10_000 });
          } catch {
            // A row that no longer opens its dialog is a fault of the table, named with the rest.
            found.push(`${where}: could not open the dialog ${String(dialog.name)}`);
            await screenshot(page, `a11y-missing-${screen.name}-${colorScheme}`);
            continue;
          }
          record(`${where}, dialog ${String(dialog.name)}`, await axe(page, 'dialog[open]'));
          await page.keyboard.press('Escape');
          // Nothing was typed: closing must not ask about unsaved changes.
          const prompt = page.getByRole('dialog', { name: 'Save your changes?' });
          if (await prompt.isVisible()) {
            found.push(`${where}: closing ${String(dialog.name)} asked to save with nothing typed`);
            await prompt.getByRole('button', { name: 'Discard changes' }).click();
          }
          await opened.waitFor({ state: 'detached' });
        }
      }
      await context.close();
    }
    expect(found, `${found.length} serious or critical violations:\n${found.join('\n')}`).toEqual([]);
  });
});
