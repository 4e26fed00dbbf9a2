import fs from 'node:fs';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { closeDatabase, openDatabase } from '../../src/db/open';
import { dispatch } from '../../src/server/dispatch';
import { day, e2eSession, screenshotBothThemes, text, watch } from './harness';

describe('a placement’s money on the Placements screen', () => {
  const session = e2eSession();

  test('the fee changed with its reason, split between two recruiters, a fall-off with a free replacement, and the fee still invoiced and paid', async () => {
    // Lena was placed 45 days ago at Northwind, whose terms give a free replacement inside 90 days, and started 20 days ago.
    const file = path.join(session.dir, 'placed.db');
    const core = await openDatabase(file, { clock: { now: () => new Date(Date.now() - 45 * 86_400_000) } });
    const client = ok<{ id: string }>(
      dispatch(core, 'clients.create', { name: 'Northwind', fee: { type: 'percentage', percent: 20 }, guaranteeDays: 90, paymentTermsDays: 30, fallOff: { remedy: 'replacement' } }),
    );
    const job = ok<{ id: string }>(dispatch(core, 'jobs.create', { clientId: client.id, title: 'Finance Lead', owner: 'Robin' }));
    const lena = ok<{ id: string }>(dispatch(core, 'candidates.create', { name: 'Lena Park' }));
    const submission = ok<{ id: string }>(dispatch(core, 'submissions.create', { candidateId: lena.id, jobId: job.id, stage: 'submitted' }));
    ok(dispatch(core, 'submissions.move', { id: submission.id, stage: 'offer' }));
    ok(dispatch(core, 'submissions.move', { id: submission.id, stage: 'placed', placement: { startOn: day(-20), salary: { amount: 70_000, currency: 'EUR' } } }));
    closeDatabase(core);

    const app = await session.startApp('placed');
    const context = await session.newContext({ viewport: { width: 1360, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const seen = watch(page);
    await page.goto(`${app.url}#/placements`);
    const row = page.getByRole('row', { name: /Lena Park/ });
    await row.waitFor();
    expect(await text(row)).toContain('€14,000');
    await row.getByRole('button', { name: 'Lena Park' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lena Park at Northwind' });

    // The fee agreed below the terms, with why.
    const fee = dialog.getByRole('form', { name: 'Change the fee' });
    await fee.getByLabel('Fee', { exact: true }).fill('12000');
    await fee.getByLabel('Why it differs from the terms').fill('Second hire at a discount');
    await fee.getByRole('button', { name: 'Save fee' }).click();
    await expect.poll(() => text(dialog)).toContain('€12,000 (terms: €14,000; Second hire at a discount)');

    // A split that does not add up is refused, saying why; one that does is kept.
    const split = dialog.getByRole('form', { name: 'Split between recruiters' });
    const shares = split.getByLabel('Recruiters and shares (adding up to 100%)');
    await shares.fill('Robin 60%');
    await split.getByRole('button', { name: 'Save split' }).click();
    await split.getByRole('alert').filter({ hasText: 'The shares must add up to 100%' }).waitFor();
    await shares.fill('Robin 60%, Sam 40%');
    await split.getByRole('button', { name: 'Save split' }).click();
    await expect.poll(() => text(row)).toContain('Robin 60%, Sam 40%');

    // Invoiced, then Lena leaves: Northwind gets a free replacement, and still owes the fee, late.
    // Raised five days after she was placed, on 30 days' terms: ten days late.
    await raiseInvoice(dialog, 'INV-77', day(-40));
    await expect.poll(() => text(row)).toContain('INV-77');
    await recordFallOff(dialog, 'Failed probation');
    await expect.poll(() => text(row)).toContain('Fallen off');
    expect(await text(dialog)).toContain('Failed probation. A free replacement');
    expect(await text(dialog)).toContain('Fallen off: €12,000 still owed');
    // The fall-off was worked out on this fee: it is no longer offered for change.
    expect(await dialog.getByRole('form', { name: 'Change the fee' }).count()).toBe(0);
    expect(await text(page.locator('tfoot'))).toContain('owed €12,000 · overdue €12,000');
    expect(await text(row)).toContain('Fallen off Overdue');
    await screenshotBothThemes(page, '99-placement-fallen-off');
    await dialog.getByRole('button', { name: /^Close/ }).click();
    await screenshotBothThemes(page, '99-placements-replacement-overdue');
    await row.getByRole('button', { name: 'Lena Park' }).click();

    await dialog.getByRole('form', { name: 'Record the payment' }).getByRole('button', { name: 'Mark as paid' }).click();
    await expect.poll(() => text(page.locator('tfoot'))).toContain('paid €12,000 · owed €0');
    await dialog.getByRole('button', { name: /^Close/ }).click();

    // The Invoice filter: fallen off keeps it, overdue has none.
    const filters = page.getByRole('group', { name: 'Filter placements' });
    await filters.getByLabel('Invoice').selectOption({ label: 'Fallen off' });
    await row.waitFor();
    await filters.getByLabel('Invoice').selectOption({ label: 'Overdue' });
    await page.getByRole('heading', { name: 'No placements here' }).waitFor();
    await filters.getByLabel('Invoice').selectOption({ label: 'Any' });
    await row.waitFor();

    // The CSV holds what the screen shows.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const lines = fs.readFileSync(await download.path(), 'utf8').trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('Lena Park,Finance Lead,Northwind');
    expect(lines[1]).toContain('12000.00,EUR,Second hire at a discount,"Robin 60%; Sam 40%"');
    expect(lines[1]).toContain('Fallen off');
    expect(lines[1]).toContain('Failed probation,A free replacement,');
    expect(seen.problems).toEqual([]);
  }, 120_000);

  test('a share of the fee back on an unpaid invoice: the client owes, then pays, the fee less the share; paid before, a refund is due', async () => {
    // Harbor's terms: 20% of the salary, 90 days' guarantee, 30 days to pay, half the fee back on a fall-off.
    // Mia and Omar were placed 45 days ago and started 20 days ago.
    const file = path.join(session.dir, 'shared.db');
    const core = await openDatabase(file, { clock: { now: () => new Date(Date.now() - 45 * 86_400_000) } });
    const client = ok<{ id: string }>(
      dispatch(core, 'clients.create', {
        name: 'Harbor',
        fee: { type: 'percentage', percent: 20 },
        guaranteeDays: 90,
        paymentTermsDays: 30,
        fallOff: { remedy: 'partial_refund', refundPercent: 50 },
      }),
    );
    const job = ok<{ id: string }>(dispatch(core, 'jobs.create', { clientId: client.id, title: 'Finance Lead', owner: 'Robin' }));
    const place = (name: string) => {
      const candidate = ok<{ id: string }>(dispatch(core, 'candidates.create', { name }));
      const submission = ok<{ id: string }>(dispatch(core, 'submissions.create', { candidateId: candidate.id, jobId: job.id, stage: 'submitted' }));
      ok(dispatch(core, 'submissions.move', { id: submission.id, stage: 'offer' }));
      ok(dispatch(core, 'submissions.move', { id: submission.id, stage: 'placed', placement: { startOn: day(-20), salary: { amount: 70_000, currency: 'EUR' } } }));
      return submission.id;
    };
    // Mia's invoice was paid in full before she left: half of it goes back to Harbor.
    const mia = place('Mia Chen');
    ok(dispatch(core, 'placements.raiseInvoice', { submissionId: mia, number: 'INV-80', raisedOn: day(-25) }));
    ok(dispatch(core, 'placements.markPaid', { submissionId: mia, paidOn: day(-10) }));
    ok(dispatch(core, 'placements.fallOff', { submissionId: mia, on: day(-5), reason: 'Moved abroad' }));
    place('Omar Stone');
    closeDatabase(core);

    const app = await session.startApp('shared');
    const context = await session.newContext({ viewport: { width: 1360, height: 900 } });
    const page = await context.newPage();
    const seen = watch(page);
    await page.goto(`${app.url}#/placements`);
    const foot = page.locator('tfoot');
    const miaRow = page.getByRole('row', { name: /Mia Chen/ });
    await miaRow.waitFor();
    expect(await text(miaRow)).toContain('Fallen off · Refund due: €7,000');

    // Omar's invoice, raised 40 days back on 30 days' terms, is late when he leaves: Harbor owes the fee less the share.
    const row = page.getByRole('row', { name: /Omar Stone/ });
    await row.getByRole('button', { name: 'Omar Stone' }).click();
    const dialog = page.getByRole('dialog', { name: 'Omar Stone at Harbor' });
    await raiseInvoice(dialog, 'INV-81', day(-40));
    await expect.poll(() => text(foot)).toContain('owed €14,000 · overdue €14,000');
    await recordFallOff(dialog, 'Went back to his old employer');
    await expect.poll(() => text(row)).toContain('Fallen off Overdue · owes €7,000, the fee less the share');
    expect(await text(dialog)).toContain('Fallen off: €7,000 still owed');
    expect(await text(dialog)).toContain('A share of the fee back (€7,000). Credited on the invoice: the client owes the fee less the share, €7,000.');
    expect(await text(foot)).toContain('Invoiced €21,000 · paid €14,000 · owed €7,000 · overdue €7,000 · refunded €14,000');
    await screenshotBothThemes(page, '99-placement-share-credited');
    await dialog.getByRole('button', { name: /^Close/ }).click();
    await screenshotBothThemes(page, '99-placements-share-credited');

    // Listed as overdue until Harbor pays the 7,000.
    const filters = page.getByRole('group', { name: 'Filter placements' });
    await filters.getByLabel('Invoice').selectOption({ label: 'Overdue' });
    await expect.poll(() => page.getByRole('row', { name: /Mia Chen/ }).count()).toBe(0);
    await row.waitFor();
    await filters.getByLabel('Invoice').selectOption({ label: 'Any' });
    await miaRow.waitFor();

    // The client page says what Harbor owes, and what goes back to it.
    await page.goto(`${app.url}#/clients/${client.id}`);
    const owes = page.getByRole('region', { name: 'Placements and what they owe' });
    await expect.poll(() => text(owes)).toContain('Owed: €7,000');
    expect(await text(owes)).toContain('Refund due: €7,000');
    expect(await text(owes)).toContain('owes €7,000, the fee less the share');
    await screenshotBothThemes(page, '99-client-share-credited');

    await page.goto(`${app.url}#/placements`);
    await row.getByRole('button', { name: 'Omar Stone' }).click();
    await dialog.getByRole('form', { name: 'Record the payment of €7,000' }).getByRole('button', { name: 'Mark as paid' }).click();
    await expect.poll(() => text(foot)).toContain('Invoiced €21,000 · paid €21,000 · owed €0 · refunded €14,000');
    expect(await text(dialog)).toContain('the client paid the fee less the share, €7,000.');
    await dialog.getByRole('button', { name: /^Close/ }).click();

    // Mia's payment was recorded by mistake: with a refund due, it can still be taken back, and the
    // share is then a credit on her unpaid invoice. Her fee, from which the share was worked out, stays.
    await miaRow.getByRole('button', { name: 'Mia Chen' }).click();
    const mias = page.getByRole('dialog', { name: 'Mia Chen at Harbor' });
    await mias.getByRole('form', { name: 'Payment' }).waitFor();
    expect(await text(mias)).toContain('Fallen off, paid on');
    expect(await mias.getByRole('form', { name: 'Change the fee' }).count()).toBe(0);
    await screenshotBothThemes(page, '99-placement-refund-due');
    await mias.getByRole('form', { name: 'Payment' }).getByRole('button', { name: 'Not paid after all' }).click();
    await expect.poll(() => text(mias)).toContain('Credited on the invoice: the client owes the fee less the share, €7,000.');
    await mias.getByRole('form', { name: 'Record the payment of €7,000' }).waitFor();
    await expect.poll(() => text(foot)).toContain('Invoiced €14,000 · paid €7,000 · owed €7,000 · refunded €14,000');
    expect(seen.problems).toEqual([]);
  }, 120_000);
});

/** A call's result, or the test stops with its error. */
function ok<R>(outcome: { ok: boolean; result?: unknown; error?: unknown }): R {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  return outcome.result as R;
}

async function raiseInvoice(dialog: Locator, number: string, raisedOn: string) {
  const invoice = dialog.getByRole('form', { name: 'Raise the invoice' });
  await invoice.getByLabel('Invoice number').fill(number);
  await invoice.getByLabel('Raised on').fill(raisedOn);
  await invoice.getByRole('button', { name: 'Raise invoice' }).click();
}

/** The candidate left today, for the reason given, with what the client's terms give. */
async function recordFallOff(dialog: Locator, why: string) {
  const fallOff = dialog.getByRole('form', { name: 'The candidate left inside the guarantee' });
  await fallOff.getByLabel('Why').fill(why);
  await fallOff.getByRole('button', { name: 'Record the fall-off' }).click();
}
