import { describe, expect, test } from 'vitest';
import { api, e2eSession, screenshotBothThemes, watch } from './harness';

/** Writing a message from a record: the dialog as it opens, before and after its templates come. */
describe('the Write-a-message dialog', () => {
  const session = e2eSession();

  test('says its templates are loading, the choice disabled, until they come; then the template is chosen and has the focus', async () => {
    const app = await session.startApp('messages');
    const client = await api(app, 'clients.create', { name: 'Northwind Logistics' });
    const dana = await api(app, 'contacts.create', { clientId: client.id, name: 'Dana Whitfield', role: 'hiring_manager', email: 'dana@northwind.example' });
    const job = await api(app, 'jobs.create', { clientId: client.id, title: 'Data Engineer', hiringManagerId: dana.id });
    const ada = await api(app, 'candidates.create', { name: 'Ada Lovelace' });
    const submission = await api(app, 'submissions.create', { candidateId: ada.id, jobId: job.id, stage: 'submitted' });

    const page = await (await session.newContext({ viewport: { width: 1280, height: 860 } })).newPage();
    const seen = watch(page);
    await page.goto(`${app.url}#/submissions/${submission.id}`);
    // The templates held back, as on a machine busy with long work.
    let giveTemplates: () => void = () => undefined;
    const templatesHeld = new Promise<void>((resolve) => (giveTemplates = resolve));
    await page.route('**/api/templates.list', async (route) => {
      await templatesHeld;
      await route.continue();
    });
    await page.getByRole('button', { name: 'Write message' }).click();
    const message = page.getByRole('dialog', { name: 'Write a message' });
    const template = message.getByRole('combobox', { name: 'Template' });
    await template.waitFor();
    expect(await template.isDisabled()).toBe(true);
    expect(await template.getAttribute('aria-busy')).toBe('true');
    expect(await template.locator('option').allTextContents()).toEqual(['Loading templates…']);
    await screenshotBothThemes(page, 'message-templates-loading');

    giveTemplates();
    await expect.poll(() => template.isEnabled()).toBe(true);
    await page.unroute('**/api/templates.list');
    expect(await template.getAttribute('aria-busy')).toBe('false');
    expect(await template.inputValue()).toBe('feedback_chase');
    expect((await template.locator('option').allTextContents()).length).toBeGreaterThan(1);
    // It takes the focus the dialog meant for it as it opened: the keyboard goes on from the template.
    await expect.poll(() => template.evaluate((select) => select === select.ownerDocument.activeElement)).toBe(true);
    await expect.poll(() => message.getByLabel('To').inputValue()).toBe('dana@northwind.example');
    await screenshotBothThemes(page, 'message-templates-loaded');
    expect(seen.problems).toEqual([]);
  });

  test('says so when its templates could not be read, and is no longer busy', async () => {
    const app = await session.startApp('messages-refused');
    const client = await api(app, 'clients.create', { name: 'Northwind Logistics' });
    const page = await (await session.newContext({ viewport: { width: 1280, height: 860 } })).newPage();
    const refusal = 'Shortlist could not read this database: close the dialog and try again.';
    await page.route('**/api/templates.list', (route) => route.fulfill({ json: { ok: false, error: { code: 'internal', message: refusal } } }));
    await page.goto(`${app.url}#/clients/${client.id}`);
    await page.getByRole('button', { name: 'Write message' }).click();
    const template = page.getByRole('dialog', { name: 'Write a message' }).getByRole('combobox', { name: 'Template' });
    await expect.poll(() => template.locator('option').allTextContents()).toEqual(['No templates']);
    // The refusal's own words, which say what to do, are shown.
    await expect.poll(() => page.getByRole('dialog', { name: 'Write a message' }).getByRole('alert').first().textContent()).toBe(refusal);
    expect(await template.isDisabled()).toBe(true);
    expect(await template.getAttribute('aria-busy')).toBe('false');
  });

  test('says both refusals when the templates and the message are both refused, and nothing in it stays busy', async () => {
    const app = await session.startApp('messages-both-refused');
    const client = await api(app, 'clients.create', { name: 'Northwind Logistics' });
    const page = await (await session.newContext({ viewport: { width: 1280, height: 860 } })).newPage();
    const seen = watch(page);
    const templatesRefusal = 'Shortlist could not read the message templates: close the dialog and try again.';
    const messageRefusal = 'Shortlist could not fill in this message: close the dialog and try again.';
    const refuse = (message: string) => ({ json: { ok: false, error: { code: 'internal', message } } });
    await page.route('**/api/templates.list', (route) => route.fulfill(refuse(templatesRefusal)));
    await page.route('**/api/templates.render', (route) => route.fulfill(refuse(messageRefusal)));
    await page.goto(`${app.url}#/clients/${client.id}`);
    await page.getByRole('button', { name: 'Write message' }).click();
    const dialog = page.getByRole('dialog', { name: 'Write a message' });
    await expect.poll(() => dialog.getByRole('alert').allTextContents()).toEqual([templatesRefusal, messageRefusal]);
    expect(await dialog.getByRole('combobox', { name: 'Template' }).getAttribute('aria-busy')).toBe('false');
    expect(await dialog.locator('[aria-busy="true"]').count()).toBe(0);
    await screenshotBothThemes(page, 'message-both-refused');
    expect(seen.problems).toEqual([]);
  });
});
