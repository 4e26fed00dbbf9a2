import path from 'node:path';
import type { Page, Request } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { closeDatabase, openDatabase } from '../../src/db/open';
import { dispatch } from '../../src/server/dispatch';
import { e2eSession, nav, watch } from './harness';

/**
 * Reads still coming when the recruiter leaves their page are let go (the request aborted, so the
 * server drops the read if no reader has taken it), as a list's first page and useData's reads
 * are: here the pages a long list asks for as it scrolls, and a report table's "Show all" rows.
 */
describe('reads nobody waits for any more', () => {
  const session = e2eSession();

  /** 130 clients, the first 30 with a job and a submission each: two pages of clients, 30 rows in the funnel's jobs. */
  let started: Promise<string> | undefined;
  const agency = () => (started ??= startAgency());
  async function startAgency(): Promise<string> {
    const core = await openDatabase(path.join(session.dir, 'agency.db'));
    const ok = <R>(outcome: { ok: boolean; result?: unknown }) => outcome.result as R;
    for (let i = 1; i <= 130; i++) {
      const n = String(i).padStart(3, '0');
      const client = ok<{ id: string }>(dispatch(core, 'clients.create', { name: `Client ${n}` }));
      if (i > 30) continue;
      const job = ok<{ id: string }>(dispatch(core, 'jobs.create', { clientId: client.id, title: `Role ${n}` }));
      const candidate = ok<{ id: string }>(dispatch(core, 'candidates.create', { name: `Candidate ${n}` }));
      dispatch(core, 'submissions.create', { candidateId: candidate.id, jobId: job.id, stage: 'submitted' });
    }
    closeDatabase(core);
    return (await session.startApp('agency')).url;
  }

  /** Holds back the calls `matching` picks; resolves with the first of them once the page has sent it, and tells whether it was let go. */
  async function holdBack(page: Page, method: string, matching: (input: Record<string, unknown>) => boolean) {
    let sent: (request: Request) => void = () => undefined;
    const asked = new Promise<Request>((resolve) => (sent = resolve));
    const failed = new Set<Request>();
    page.on('requestfailed', (request) => failed.add(request));
    await page.route(`**/api/${method}`, async (route) => {
      if (!matching(route.request().postDataJSON() as Record<string, unknown>)) return route.continue();
      sent(route.request());
      // Never answered: only letting it go ends it.
    });
    return { asked, letGo: (request: Request) => failed.has(request) };
  }

  test('a page of a long list asked for as it scrolls is let go when the list is left', async () => {
    const url = await agency();
    const page = await (await session.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    const seen = watch(page);
    const more = await holdBack(page, 'clients.list', (input) => typeof input.cursor === 'string');
    await page.goto(`${url}#/clients`);
    await page.getByRole('link', { name: /^Client 001/ }).waitFor();
    await page.locator('.list-scroll').evaluate((list) => list.scrollTo(0, list.scrollHeight));
    const request = await more.asked;
    expect(more.letGo(request)).toBe(false);
    await nav(page, 'Today');
    await expect.poll(() => more.letGo(request)).toBe(true);
    expect(request.failure()?.errorText).toBe('net::ERR_ABORTED');
    // Nothing says the list failed: the page left has nothing to show.
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    expect(seen.problems).toEqual([]);
  });

  test('a report table’s “Show all” rows are let go when the Reports screen is left', async () => {
    const url = await agency();
    const page = await (await session.newContext({ viewport: { width: 1360, height: 900 } })).newPage();
    const seen = watch(page);
    const rows = await holdBack(page, 'reports.rows', () => true);
    await page.goto(`${url}#/reports`);
    const funnel = page.getByRole('region', { name: 'Funnel', exact: true });
    await funnel.getByRole('button', { name: 'Show all 30 jobs' }).click();
    const request = await rows.asked;
    await funnel.getByRole('button', { name: 'Loading all 30 jobs…' }).waitFor();
    await nav(page, 'Today');
    await expect.poll(() => rows.letGo(request)).toBe(true);
    expect(request.failure()?.errorText).toBe('net::ERR_ABORTED');
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    expect(seen.problems).toEqual([]);
  });
});
