import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { failure, freshApp, tempDir, type TestApp } from './helpers';
import { sync } from './sharing-helpers';

function setUp(app: TestApp) {
  const client = app.call('clients.create', { name: 'Acme' });
  const dana = app.call('contacts.create', { clientId: client.id, name: 'Dana Scully', role: 'hiring_manager' });
  app.call('jobs.create', { clientId: client.id, title: 'Rust Engineer' });
  const ada = app.call('candidates.create', { name: 'Ada Lovelace' });
  return { client, dana, ada };
}

describe('notes as the record of contact', () => {
  it('a call, email, meeting or message with a contact or candidate updates when they were last contacted; a plain note does not', async () => {
    const app = await freshApp();
    const { dana, ada } = setUp(app);
    app.call('notes.add', { about: { kind: 'contact', id: dana.id }, body: 'Thinking about Dana’s team' });
    expect(app.call('contacts.get', { id: dana.id }).lastContactedOn).toBeNull();
    app.clock.set('2026-11-24T15:00:00.000Z');
    const call = app.call('notes.add', { about: { kind: 'contact', id: dana.id }, body: 'Called Dana about the shortlist', kind: 'call' });
    expect(call.kind).toBe('call');
    expect(app.call('contacts.get', { id: dana.id }).lastContactedOn).toBe('2026-11-24');
    app.call('notes.add', { about: { kind: 'candidate', id: ada.id }, body: 'Sent the job spec', kind: 'email' });
    expect(app.call('candidates.get', { id: ada.id }).candidate.lastContactedOn).toBe('2026-11-24');
  });

  it('the keep-in-touch rule reads the call noted with a contact', async () => {
    const app = await freshApp();
    const { dana } = setUp(app);
    app.clock.set('2026-12-03T09:00:00.000Z');
    app.call('reminders.today', {});
    const nudge = () =>
      (app.core.db.prepare("SELECT due_on FROM reminders WHERE rule = 'contact_nudge' AND subject_id = ? AND status = 'open'").pluck().all(dana.id) as string[]);
    expect(nudge()).toEqual(['2026-12-07']); // fourteen days on is a Sunday: Monday
    app.call('notes.add', { about: { kind: 'contact', id: dana.id }, body: 'Met Dana for coffee', kind: 'meeting' });
    app.call('reminders.today', {});
    // Reached today: the old nudge closes, the next one waits fourteen days (and is not proposed yet).
    expect(nudge()).toEqual([]);
  });

  it('its author edits a note; the earlier text is kept as a revision, and the note reads as edited', async () => {
    const app = await freshApp();
    const { dana } = setUp(app);
    const note = app.call('notes.add', { about: { kind: 'contact', id: dana.id }, body: 'Dana wants three CVs by Friday' });
    expect(note).toMatchObject({ editable: true, editedAt: null });
    app.clock.advance(3_600_000);
    const edited = app.call('notes.edit', { id: note.id, body: 'Dana wants four CVs by Friday', kind: 'call' });
    expect(edited).toMatchObject({ body: 'Dana wants four CVs by Friday', kind: 'call', editedAt: '2026-11-22T10:00:00.000Z' });
    expect(app.call('notes.history', { id: note.id })).toMatchObject([{ body: 'Dana wants three CVs by Friday', kind: 'note' }]);
    // Said to be a call now: contact on the day it was written.
    expect(app.call('contacts.get', { id: dana.id }).lastContactedOn).toBe('2026-11-22');
    // The same text again is no new revision.
    app.call('notes.edit', { id: note.id, body: 'Dana wants four CVs by Friday' });
    expect(app.call('notes.history', { id: note.id })).toHaveLength(1);
    expect(app.call('search.query', { query: 'four' }).map((r) => r.id)).toContain(note.id);
  });

  it('an empty edit, a prep kind off a submission, or a note gone are refused and write nothing', async () => {
    const app = await freshApp();
    const { dana } = setUp(app);
    const note = app.call('notes.add', { about: { kind: 'contact', id: dana.id }, body: 'First words' });
    expect(failure(() => app.call('notes.edit', { id: note.id, body: '  ' })).field).toBe('body');
    expect(failure(() => app.call('notes.edit', { id: note.id, body: 'x', kind: 'prep' })).field).toBe('kind');
    expect(failure(() => app.call('notes.edit', { id: '019a0000-0000-7000-8000-000000000000', body: 'x' })).code).toBe('not_found');
    expect(app.call('notes.history', { id: note.id })).toEqual([]);
    expect(app.call('notes.list', { about: { kind: 'contact', id: dana.id } })[0]!.body).toBe('First words');
  });

  it('a colleague’s note arrives with its history, and cannot be edited here', async () => {
    const dir = tempDir();
    const mine = await freshApp(path.join(dir, 'mine.db'));
    const theirs = await freshApp(path.join(dir, 'theirs.db'));
    const { dana } = setUp(theirs);
    const note = theirs.call('notes.add', { about: { kind: 'contact', id: dana.id }, body: 'Dana is on leave in December' });
    theirs.call('notes.edit', { id: note.id, body: 'Dana is on leave until 4 January', kind: 'message' });
    sync(theirs, mine);
    const [arrived] = mine.call('notes.list', { about: { kind: 'contact', id: dana.id } });
    expect(arrived).toMatchObject({ body: 'Dana is on leave until 4 January', kind: 'message', editable: false });
    expect(mine.call('notes.history', { id: note.id }).map((r) => r.body)).toEqual(['Dana is on leave in December']);
    expect(failure(() => mine.call('notes.edit', { id: note.id, body: 'Mine now' })).message).toContain('Only the recruiter who wrote');
    // Merging again changes nothing.
    sync(theirs, mine);
    expect(mine.call('notes.history', { id: note.id })).toHaveLength(1);
  });
});
