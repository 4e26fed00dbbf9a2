import { describe, expect, test } from 'vitest';
import { e2eSession, screenshot, text, watch, type RunningApp } from './harness';

/** A few more clients through the contract, so the list has something to filter and sort. */
async function seedClients(app: RunningApp): Promise<void> {
  const clients = [
    { name: 'Acme Robotics', industry: 'Manufacturing', location: 'Eindhoven', status: 'active' },
    { name: 'Bluebird Health', industry: 'Healthcare', location: 'London', status: 'prospect' },
    { name: 'Cobalt Analytics', industry: 'Software', location: 'Berlin', status: 'active' },
    { name: 'Delta Freight', industry: 'Logistics', location: 'Antwerp', status: 'dormant' },
    { name: 'Evergreen Energy', industry: 'Renewables', location: 'Copenhagen', status: 'prospect' },
    { name: 'Fjord Bank', industry: 'Financial services', location: 'Oslo', status: 'active' },
  ];
  for (const client of clients) {
    const response = await fetch(new URL('api/clients.create', app.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(client),
    });
    expect(response.ok).toBe(true);
  }
}

describe('clients', () => {
  const session = e2eSession();

  test('a recruiter records a client, its hiring manager and HR contact and notes, and finds them all after a restart', async () => {
    let app = await session.startApp('shortlist');
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const seen = watch(page);

    // An empty database opens on Today, which says where to begin; so does the clients list.
    await page.goto(app.url);
    await page.getByRole('heading', { name: 'Welcome to Shortlist: where to begin' }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click();
    await page.getByRole('heading', { name: 'No clients yet' }).waitFor();
    expect(page.url()).toContain('#/clients');
    await screenshot(page, '01-clients-empty');

    // "n" opens the new-client form; saving without a name says what is missing, under the field.
    await page.keyboard.press('n');
    const form = page.getByRole('dialog', { name: 'New client' });
    await form.waitFor();
    const name = form.getByRole('textbox', { name: 'Name', exact: true });
    expect(await page.evaluate('document.activeElement.id')).toBe(await name.getAttribute('id'));
    await form.getByRole('button', { name: 'Create client' }).click();
    await form.getByText('Enter the client’s name').waitFor();
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    // A bad web address is caught as soon as the recruiter moves on from the field.
    await form.getByLabel('Website').fill('not a website');
    await form.getByLabel('Website').press('Tab');
    await form.getByText('Use a web address like acme.com or https://acme.com').waitFor();
    await form.getByRole('radio', { name: 'Percentage' }).check();
    await screenshot(page, '02-client-form-errors');

    await name.fill('Northwind Logistics');
    await form.getByText('Enter the client’s name').waitFor({ state: 'detached' });
    await form.getByLabel('Industry').fill('Logistics');
    await form.getByLabel('Location').fill('Rotterdam');
    await form.getByLabel('Website').fill('northwind.example');
    await form.getByLabel('Status').selectOption('active');
    await form.getByLabel('Share of first-year salary').fill('20');
    await form.getByLabel('Guarantee period (days)').fill('90');
    await form.getByLabel('Relationship notes').fill('Won through Dana after the Q3 warehouse expansion. Prefers a short list of three.');
    await form.getByRole('button', { name: 'Create client' }).click();

    // Saving opens the client's page.
    await page.getByRole('heading', { level: 1, name: /Northwind Logistics/ }).waitFor();
    const details = page.getByRole('region', { name: 'Details' });
    expect(await text(details)).toContain('20% of first-year salary');
    expect(await text(details)).toContain('90 days');
    const website = details.getByRole('link', { name: /northwind\.example/ });
    expect(await website.getAttribute('href')).toBe('https://northwind.example');
    expect(await website.getAttribute('target')).toBe('_blank');

    // The hiring manager, the decision maker.
    const hiringManagers = page.getByRole('region', { name: /^Hiring managers/ });
    await hiringManagers.getByRole('button', { name: 'Add hiring manager' }).click();
    const contactForm = page.getByRole('dialog', { name: 'New contact at Northwind Logistics' });
    expect(await contactForm.getByLabel('Role').inputValue()).toBe('hiring_manager');
    await contactForm.getByRole('textbox', { name: 'Name', exact: true }).fill('Dana Whitfield');
    await contactForm.getByLabel('Job title').fill('Head of Operations');
    await contactForm.getByLabel('Email').fill('dana@northwind.example');
    await contactForm.getByLabel('Phone').fill('+31 10 555 0142');
    await contactForm.getByLabel('Last contacted').fill('2025-11-14');
    await contactForm.getByLabel('What they care about').fill('Forklift-certified shift leads who stay past the first winter.');
    await contactForm.getByRole('button', { name: 'Add contact' }).click();
    await contactForm.waitFor({ state: 'detached' });
    await hiringManagers.getByRole('heading', { name: 'Dana Whitfield' }).waitFor();
    expect(await text(hiringManagers)).toContain('Decision maker');
    expect(await hiringManagers.getByRole('link', { name: 'dana@northwind.example' }).getAttribute('href')).toBe(
      'mailto:dana@northwind.example',
    );

    // HR, the gatekeeper; a mistyped email is refused under its field.
    const hr = page.getByRole('region', { name: /^HR/ });
    await hr.getByRole('button', { name: 'Add HR contact' }).click();
    const hrForm = page.getByRole('dialog', { name: 'New contact at Northwind Logistics' });
    await hrForm.getByRole('textbox', { name: 'Name', exact: true }).fill('Priya Nair');
    await hrForm.getByLabel('Job title').fill('HR Business Partner');
    await hrForm.getByLabel('Email').fill('priya@');
    await hrForm.getByRole('button', { name: 'Add contact' }).click();
    await hrForm.getByText('Use an email address like name@company.com').waitFor();
    await hrForm.getByLabel('Email').fill('priya.nair@northwind.example');
    await hrForm.getByLabel('What they care about').fill('A clean process: every candidate through her before the hiring manager.');
    await hrForm.getByRole('button', { name: 'Add contact' }).click();
    await hr.getByRole('heading', { name: 'Priya Nair' }).waitFor();
    expect(await text(hr)).toContain('Gatekeeper');

    // Notes: one about the client, one about the hiring manager; the newest comes first.
    const notes = page.getByRole('region', { name: /^Notes/ });
    await notes.getByLabel('New note').fill('Intake call booked for Tuesday. Three shift-lead openings expected.');
    await notes.getByRole('button', { name: 'Add note' }).click();
    const timeline = notes.getByRole('list', { name: 'Notes, newest first' });
    await timeline.getByText('Intake call booked for Tuesday.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Add a note about Dana Whitfield' }).click();
    expect(await notes.getByLabel('About').inputValue()).not.toBe('');
    await page.keyboard.type('Dana wants candidates who have run a night shift before.');
    await page.keyboard.press('Control+Enter');
    await timeline.getByText('Dana wants candidates', { exact: false }).waitFor();
    const entries = timeline.getByRole('listitem');
    expect(await entries.count()).toBe(2);
    expect(await text(entries.first())).toContain('Dana Whitfield · Hiring manager');
    expect(await text(entries.nth(1))).toContain('Northwind Logistics');
    await screenshot(page, '03-client-page');

    // Editing: the fee becomes a flat amount.
    await page.getByRole('button', { name: 'Edit client' }).click();
    const editForm = page.getByRole('dialog', { name: 'Edit Northwind Logistics' });
    await editForm.getByRole('radio', { name: 'Flat fee' }).check();
    await editForm.getByLabel('Amount').fill('15000');
    await editForm.getByLabel('Currency').fill('usd');
    await editForm.getByRole('button', { name: 'Save changes' }).click();
    await editForm.waitFor({ state: 'detached' });
    await details.getByText('USD 15,000 flat').waitFor();

    // The list: search as you type, filter by status, sort, open with the keyboard.
    await seedClients(app);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click();
    const list = page.getByRole('list', { name: 'Clients' });
    await list.getByRole('link', { name: /Fjord Bank/ }).waitFor();
    await page.getByText('7 clients', { exact: true }).waitFor();
    const northwindRow = list.getByRole('link', { name: /Northwind Logistics/ });
    expect(await text(northwindRow)).toContain('Rotterdam');
    expect(await text(northwindRow)).toContain('2');
    await screenshot(page, '04-clients-list');

    // The core's word on a field lands under that field: client names are unique, whatever their case.
    await page.keyboard.press('n');
    const duplicate = page.getByRole('dialog', { name: 'New client' });
    await duplicate.getByRole('textbox', { name: 'Name', exact: true }).fill('fjord bank');
    await duplicate.getByRole('button', { name: 'Create client' }).click();
    await duplicate.getByText('There is already a client called “Fjord Bank”.').waitFor();
    // Leaving with a name typed asks first; the recruiter lets it go.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Discard changes' }).click();
    await duplicate.waitFor({ state: 'detached' });

    await page.getByRole('searchbox', { name: 'Search clients' }).fill('north');
    await expect.poll(() => list.getByRole('link').count()).toBe(1);
    await page.getByText('1 client match').waitFor();
    await page.getByRole('button', { name: 'Clear search' }).click();
    await page.getByRole('radio', { name: 'Dormant' }).check();
    await expect.poll(() => list.getByRole('link').count()).toBe(1);
    await list.getByRole('link', { name: /Delta Freight/ }).waitFor();
    await page.getByRole('radio', { name: 'All' }).check();
    await page.getByLabel('Sort clients by').selectOption('updated');
    await expect.poll(() => text(list.getByRole('link').first())).toContain('Fjord Bank');
    await page.getByLabel('Sort clients by').selectOption('name');
    await expect.poll(() => text(list.getByRole('link').first())).toContain('Acme Robotics');
    await page.getByRole('searchbox', { name: 'Search clients' }).fill('northwind');
    await expect.poll(() => list.getByRole('link').count()).toBe(1);
    await page.getByRole('searchbox', { name: 'Search clients' }).press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Northwind Logistics/ }).waitFor();

    // Delete moves to the trash; the toast brings it straight back.
    await page.getByRole('button', { name: 'Delete client' }).click();
    const movedToast = page.getByRole('status').filter({ hasText: '“Northwind Logistics” moved to trash' });
    await movedToast.waitFor();
    await page.getByRole('searchbox', { name: 'Search clients' }).waitFor();
    await page.getByRole('heading', { name: 'No clients match' }).waitFor();
    await movedToast.getByRole('button', { name: 'Restore' }).click();
    await page.getByRole('heading', { level: 1, name: /Northwind Logistics/ }).waitFor();
    await page.getByRole('region', { name: /^HR/ }).getByRole('heading', { name: 'Priya Nair' }).waitFor();

    // Delete again, and restore from the Trash page this time.
    await page.getByRole('button', { name: 'Delete client' }).click();
    await page.getByRole('status').filter({ hasText: 'moved to trash' }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trash' }).click();
    const trash = page.getByRole('list', { name: 'Deleted items' });
    await trash.getByText('Northwind Logistics').waitFor();
    expect(await text(trash)).toContain('Client');
    await screenshot(page, '05-trash');
    await trash.getByRole('button', { name: 'Restore Northwind Logistics' }).click();
    await page.getByRole('heading', { name: 'The trash is empty' }).waitFor();

    // A client cannot come back under a name another client has taken meanwhile: the core says why.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click();
    // The list kept the last search while the recruiter was away.
    expect(await page.getByRole('searchbox', { name: 'Search clients' }).inputValue()).toBe('northwind');
    await page.getByRole('button', { name: 'Clear search' }).click();
    await page.getByRole('list', { name: 'Clients' }).getByRole('link', { name: /Acme Robotics/ }).click();
    await page.getByRole('button', { name: 'Delete client' }).click();
    await page.getByRole('status').filter({ hasText: '“Acme Robotics” moved to trash' }).waitFor();
    await page.getByRole('button', { name: 'New client' }).click();
    await page.getByRole('dialog', { name: 'New client' }).getByRole('textbox', { name: 'Name', exact: true }).fill('Acme Robotics');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Acme Robotics/ }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trash' }).click();
    await page.getByRole('button', { name: 'Restore Acme Robotics' }).click();
    await page.getByRole('alert').filter({ hasText: 'There is already a client called “Acme Robotics”.' }).waitFor();
    await screenshot(page, '06-trash-name-taken');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    const records = page.getByRole('list', { name: 'Records' });
    await records.waitFor();
    expect(await records.innerText()).toMatch(
      /^7\s+Clients\s+2\s+Contacts\s+0\s+Jobs\s+0\s+Candidates\s+0\s+Submissions\s+0\s+Files\s+2\s+Notes$/,
    );
    expect(await text(page.getByRole('region', { name: 'Your data' }))).toContain(app.dbFile);
    await screenshot(page, '07-settings');

    // Empty pages say how to begin, or what is coming.
    for (const [link, heading] of [
      ['Jobs', 'No jobs yet'],
      ['Candidates', 'No candidates yet'],
      ['Today', 'Nothing due this week'],
    ] as const) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link }).click();
      await page.getByRole('heading', { name: heading }).waitFor();
    }
    await screenshot(page, '08-today');

    // Restart the app on the same file: everything is still there.
    await app.stop();
    app = await session.startApp('shortlist');
    await page.goto(`${app.url}#/clients`);
    await page.reload();
    await page.getByRole('list', { name: 'Clients' }).getByRole('link', { name: /Northwind Logistics/ }).click();
    await page.getByRole('heading', { level: 1, name: /Northwind Logistics/ }).waitFor();
    await page.getByRole('region', { name: 'Details' }).getByText('USD 15,000 flat').waitFor();
    await page.getByRole('region', { name: /^Hiring managers/ }).getByRole('heading', { name: 'Dana Whitfield' }).waitFor();
    await page.getByRole('region', { name: /^HR/ }).getByRole('heading', { name: 'Priya Nair' }).waitFor();
    const timelineAfter = page.getByRole('list', { name: 'Notes, newest first' });
    await timelineAfter.getByText('Dana wants candidates', { exact: false }).waitFor();
    expect(await timelineAfter.getByRole('listitem').count()).toBe(2);

    // Dark mode follows the system.
    await page.emulateMedia({ colorScheme: 'dark' });
    // Let the controls' colour transitions finish before the picture is taken.
    await page.waitForTimeout(300);
    await screenshot(page, '09-client-page-dark');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click();
    await page.getByRole('list', { name: 'Clients' }).getByRole('link', { name: /Fjord Bank/ }).waitFor();
    await screenshot(page, '10-clients-list-dark');
    await page.keyboard.press('n');
    await page.getByRole('dialog', { name: 'New client' }).getByRole('button', { name: 'Create client' }).click();
    await page.getByText('Enter the client’s name').waitFor();
    await screenshot(page, '11-client-form-dark');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    expect(seen.problems).toEqual([]);
    expect(seen.refusals).toEqual(['clients.create 409', 'trash.restore 409']);
  });
});
