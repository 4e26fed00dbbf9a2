import { describe, expect, it } from 'vitest';
import { firstLetterOffSql, nearWordsSql, oneEditApart } from '../../src/search/nameWords';
import { freshApp, type TestApp } from './helpers';

const titles = (app: TestApp, query: string) =>
  app.call('search.query', { query }).map((r) => r.title.replace(/[\uE000\uE001]/g, ''));

const words = (app: TestApp) => app.core.db.prepare('SELECT word, uses FROM name_words ORDER BY word').all();

describe('names typed with one letter wrong', () => {
  it('finds a person with a letter swapped, missing, extra or wrong', async () => {
    const app = await freshApp();
    const client = app.call('clients.create', { name: 'Northwind Logistics' });
    app.call('contacts.create', { clientId: client.id, name: 'Dana Whitfield' });
    app.call('candidates.create', { name: 'John Smith' });
    for (const typo of ['Dnaa', 'Danna', 'Dsna', 'Adna', 'Whitfeild', 'Hhitfield', 'hitfield']) {
      expect(titles(app, typo), typo).toEqual(['Dana Whitfield']);
    }
    expect(titles(app, 'Jonh Smtih')).toEqual(['John Smith']);
    expect(titles(app, 'jhon smi')).toEqual(['John Smith']);
    expect(titles(app, 'Northwidn')).toEqual(['Northwind Logistics']);
  });

  it('ranks exact and prefix matches above names one letter off', async () => {
    const app = await freshApp();
    app.call('candidates.create', { name: 'Dana Scully' });
    app.call('candidates.create', { name: 'Lee Chen', currentEmployer: 'Danna Foods' });
    expect(titles(app, 'danna')).toEqual(['Lee Chen', 'Dana Scully']);
    // A name typed whole is no typo: the names a letter away (Dina) are not offered.
    app.call('candidates.create', { name: 'Dina Okafor' });
    expect(titles(app, 'dana')).toEqual(['Dana Scully']);
  });

  it('leaves short words and the start of a longer name alone', async () => {
    const app = await freshApp();
    app.call('candidates.create', { name: 'Jon Snow' });
    app.call('candidates.create', { name: 'Jan Bakker' });
    app.call('clients.create', { name: 'Joseki Games' });
    app.call('candidates.create', { name: 'José Álvarez' });
    expect(titles(app, 'jon')).toEqual(['Jon Snow']);
    expect(titles(app, 'josek')).toEqual(['Joseki Games']);
  });

  it('keeps the names’ words as the index holds them: renamed, trashed and erased names leave no word behind', async () => {
    const app = await freshApp();
    const ada = app.call('candidates.create', { name: 'Ada Lovelace' });
    const zoe = app.call('candidates.create', { name: 'Zoë Lovelace' });
    expect(words(app)).toEqual([
      { word: 'ada', uses: 1 },
      { word: 'lovelace', uses: 2 },
      { word: 'zoe', uses: 1 },
    ]);
    app.call('candidates.update', { id: ada.id, name: 'Ada Byron' });
    app.call('candidates.delete', { id: zoe.id });
    expect(words(app)).toEqual([
      { word: 'ada', uses: 1 },
      { word: 'byron', uses: 1 },
    ]);
    expect(titles(app, 'Lovelcae')).toEqual([]);
    app.call('trash.restore', { kind: 'candidate', id: zoe.id });
    expect(titles(app, 'Lovelcae')).toEqual(['Zoë Lovelace']);
    app.call('candidates.erase', { id: zoe.id });
    expect(words(app)).toEqual([
      { word: 'ada', uses: 1 },
      { word: 'byron', uses: 1 },
    ]);
  });

  it('reads the names’ words by seeks on their length and first letter or the rest of the word, never the whole vocabulary', async () => {
    const app = await freshApp();
    const plan = app.core.db.prepare(`EXPLAIN QUERY PLAN ${nearWordsSql}`).all({ length: 4, from: 'd', to: 'e' }) as { detail: string }[];
    expect(plan.map((p) => p.detail)).toEqual([expect.stringMatching(/^SEARCH name_words USING COVERING INDEX name_words_by_length \(<expr>=\? AND word>\? AND word<\?\)$/)]);
    const byRest = app.core.db.prepare(`EXPLAIN QUERY PLAN ${firstLetterOffSql}`).all({ length: 4, rest: 'ana' }) as { detail: string }[];
    expect(byRest.map((p) => p.detail)).toEqual([expect.stringMatching(/^SEARCH name_words USING COVERING INDEX name_words_by_rest \(<expr>=\? AND <expr>=\?\)$/)]);
  });

  it('counts one edit the way a typist makes them', () => {
    expect(oneEditApart('dnaa', 'dana')).toBe(true); // swapped
    expect(oneEditApart('danna', 'dana')).toBe(true); // extra
    expect(oneEditApart('dna', 'dana')).toBe(true); // missing
    expect(oneEditApart('dsna', 'dana')).toBe(true); // wrong
    expect(oneEditApart('adan', 'dana')).toBe(false); // two apart
    expect(oneEditApart('dnaaa', 'dana')).toBe(false);
  });
});
