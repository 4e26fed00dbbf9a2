import { describe, expect, it } from 'vitest';
import { importCsv } from './csv-helpers';
import { freshApp } from './helpers';

describe("a person's keys looked up together", () => {
  it('names each match once, with every key it shares, in the order email, phone, name and employer', async () => {
    const app = await freshApp();
    const ada = app.call('candidates.create', { name: 'Ada Lovelace', emails: ['ada@example.com'], phones: ['+44 7700 900123'] });
    const grace = app.call('candidates.create', { name: 'Grace Hopper', currentEmployer: 'US Navy' });
    const asked = { name: 'Grace Hopper', currentEmployer: 'us navy', phones: ['07700 900123'], emails: ['ADA@example.com', 'ada@example.com'] };
    expect(app.call('candidates.duplicates', asked).map(({ id, matchedOn }) => ({ id, matchedOn }))).toEqual([
      { id: ada.id, matchedOn: ['email', 'phone'] },
      { id: grace.id, matchedOn: ['name_and_employer'] },
    ]);
    expect(app.call('candidates.duplicates', { ...asked, exceptId: ada.id }).map(({ id }) => id)).toEqual([grace.id]);
    app.call('candidates.delete', { id: grace.id });
    expect(app.call('candidates.duplicates', asked).map(({ id }) => id)).toEqual([ada.id]);
  });

  it("an import finds the rows of the file before, and of the import before, by any of their keys", async () => {
    const app = await freshApp();
    await importCsv(app, 'Name,Email,Phone,Company\nAda Lovelace,ada@example.com,,\nGrace Hopper,,+1 202 555 0101,\nAlan Turing,,,Bletchley', { kind: 'candidates' });
    const again = await importCsv(
      app,
      'Name,Email,Phone,Company\nA. Lovelace,ADA@example.com,,\nG. Hopper,,(202) 555-0101,\nalan  turing,,,bletchley\nAlan Turing,,,Bletchley\nKatherine Johnson,kj@example.com,,',
      { kind: 'candidates' },
    );
    expect(again).toMatchObject({ state: 'done', accepted: 1 });
    expect(again.duplicates.map(({ line, reason }) => [line, reason])).toEqual([
      [2, 'Already on file as Ada Lovelace (same email)'],
      [3, 'Already on file as Grace Hopper (same phone number)'],
      [4, 'Already on file as Alan Turing (same name and employer)'],
      [5, 'Already on file as Alan Turing (same name and employer)'],
    ]);
  });

  it('keeps every lookup key of a candidate with more keys than one statement writes', async () => {
    const app = await freshApp();
    const skills = Array.from({ length: 100 }, (_, n) => `Skill ${n}`);
    const made = app.call('candidates.create', { name: 'Ada Lovelace', emails: ['ada@example.com'], skills });
    const keys = app.core.db.prepare('SELECT count(*) FROM candidate_keys WHERE candidate_id = ?').pluck().get(made.id);
    expect(keys).toBe(101);
    expect(app.call('candidates.list', { query: 'skill:"skill 99"', limit: 1 }).total).toBe(1);
    expect(app.call('candidates.duplicates', { name: 'A. Lovelace', emails: ['ada@example.com'] }).map(({ id }) => id)).toEqual([made.id]);
  });
});
