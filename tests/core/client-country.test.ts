import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { countryCodes, currencyOf } from '../../src/api/countries';
import { importCsv } from './csv-helpers';
import { failure, freshApp, type TestApp } from './helpers';
import { exportOf, sync } from './sharing-helpers';

describe('a client’s country', () => {
  it('is kept as its ISO code, and changed or cleared like any field', async () => {
    const app = await freshApp();
    const client = app.call('clients.create', { name: 'Bayer Logistik', country: 'de' });
    expect(client.country).toBe('DE');
    expect(app.call('clients.update', { id: client.id, country: '' }).country).toBeNull();
    expect(app.call('clients.create', { name: 'Acme' }).country).toBeNull();
  });

  it('must be a country: anything else is refused and nothing is written', async () => {
    const app = await freshApp();
    expect(failure(() => app.call('clients.create', { name: 'Nowhere Ltd', country: 'XX' }))).toMatchObject({
      field: 'country',
      message: 'Choose a country from the list',
    });
    expect(app.call('clients.list', {}).items).toEqual([]);
  });

  it('travels to a colleague with an export', async () => {
    const ann = await freshApp();
    const bob = await freshApp();
    const client = ann.call('clients.create', { name: 'Bayer Logistik', country: 'DE' });
    sync(ann, bob);
    expect(bob.call('clients.get', { id: client.id }).client.country).toBe('DE');
  });

  it('an export from before countries (schema 16) still imports, and leaves the country set here as it is', async () => {
    const ann = await freshApp();
    const bob = await freshApp();
    const acme = ann.call('clients.create', { name: 'Acme' });
    ann.call('clients.create', { name: 'Globex' });
    sync(ann, bob);
    bob.call('clients.update', { id: acme.id, country: 'GB' });
    ann.call('clients.update', { id: acme.id, industry: 'Logistics' });
    const file = exportOf(ann);
    // As an older Shortlist wrote it: no country column, schema version 16.
    const db = new Database(file);
    db.exec('ALTER TABLE clients DROP COLUMN country');
    db.pragma('user_version = 16');
    db.prepare('UPDATE shortlist_export SET schema_version = 16').run();
    db.close();
    bob.call('sharing.import', { path: file });
    expect(bob.call('clients.get', { id: acme.id }).client).toMatchObject({ industry: 'Logistics', country: 'GB' });
  });

  it('is a column the database itself checks (migration 17)', async () => {
    const app = await freshApp();
    const db = new Database(app.file);
    expect(() => db.prepare("UPDATE clients SET country = 'de'").run()).not.toThrow(); // no rows yet
    app.call('clients.create', { name: 'Acme' });
    expect(() => db.prepare("UPDATE clients SET country = 'Germany'").run()).toThrow(/CHECK/);
    db.close();
  });
});

describe('a client’s country in a CSV file', () => {
  it('goes out in a clients’ CSV export by its name and comes back in an import as the same country', async () => {
    const ann = await freshApp();
    ann.call('clients.create', { name: 'Bayer Logistik', country: 'DE', location: 'Köln' });
    ann.call('clients.create', { name: 'Électricité d’Abidjan', country: 'CI' });
    ann.call('clients.create', { name: 'Acme' });
    const { text } = ann.call('csv.export', { kind: 'clients' });
    const [head, ...rows] = text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(head).toBe('Name,Industry,Website,Location,Country,Status,Fee,Guarantee days,Relationship,Tags');
    expect(rows.map((row) => row.split(',')[4])).toEqual(['', 'Germany', 'Côte d’Ivoire']);

    const bob = await freshApp();
    expect(await importCsv(bob, text, { kind: 'clients' })).toMatchObject({ state: 'done', accepted: 3, rejectedCount: 0 });
    expect(countries(bob)).toEqual(countries(ann));
    expect(countries(bob)).toEqual({ Acme: null, 'Bayer Logistik': 'DE', 'Électricité d’Abidjan': 'CI' });
  });

  it('is read from a spreadsheet’s country column in its language, by name or code', async () => {
    const app = await freshApp();
    const csv = ['Firmenname;Ort;Land', 'Bayer Logistik;Köln;Deutschland', 'Tata Talent;Pune;in'].join('\n');
    expect(await importCsv(app, csv, { kind: 'clients' })).toMatchObject({ accepted: 2, rejectedCount: 0 });
    expect(countries(app)).toEqual({ 'Bayer Logistik': 'DE', 'Tata Talent': 'IN' });
    expect(app.call('clients.list', {}).items.map((c) => c.location)).toEqual(['Köln', 'Pune']);
  });

  it('knows the everyday names a spreadsheet uses, whatever their case, accents and punctuation', async () => {
    const aliases: Record<string, string> = {
      England: 'GB', Scotland: 'GB', wales: 'GB', 'Northern Ireland': 'GB', 'Great Britain': 'GB',
      Holland: 'NL', 'The Netherlands': 'NL', 'the netherlands': 'NL',
      'Czech Republic': 'CZ', Czechia: 'CZ', Turkey: 'TR', Türkiye: 'TR', Turkiye: 'TR',
      'Hong Kong': 'HK', UAE: 'AE', 'U.A.E.': 'AE', Emirates: 'AE', 'Russian Federation': 'RU',
      'Ivory Coast': 'CI', 'Republic of Ireland': 'IE', Eire: 'IE', Éire: 'IE',
      Korea: 'KR', 'South Korea': 'KR', 'Republic of Korea': 'KR', 'Bosnia and Herzegovina': 'BA', 'Saint Lucia': 'LC',
    };
    const app = await freshApp();
    const names = Object.keys(aliases);
    const csv = ['Company,Country', ...names.map((name, i) => `Client ${i},"${name}"`)].join('\n');
    expect(await importCsv(app, csv, { kind: 'clients' })).toMatchObject({ accepted: names.length, rejectedCount: 0, notesAdded: 0 });
    const got = countries(app);
    expect(Object.fromEntries(names.map((name, i) => [name, got[`Client ${i}`]]))).toEqual(aliases);
  });

  it('a country it cannot tell keeps the client, without a country, and the cell in a dated note saying so', async () => {
    const app = await freshApp();
    // "Congo" is two countries (Spanish names the Republic of the Congo so): it is not guessed.
    const csv = ['Company;City;Country', 'Nowhere Ltd;Atlantis;Atlantis', 'Acme;Leeds;Yorkshire', 'Bayer Logistik;Köln;DE', 'Kin Mining;Kinshasa;The Congo'].join('\n');
    const result = await importCsv(app, csv, { kind: 'clients', fileName: 'clients.csv' });
    expect(result).toMatchObject({ accepted: 4, rejectedCount: 0, notesAdded: 3 });
    expect(countries(app)).toEqual({ Acme: null, 'Bayer Logistik': 'DE', 'Kin Mining': null, 'Nowhere Ltd': null });
    const noteOf = (name: string) => {
      const client = app.call('clients.list', {}).items.find((c) => c.name === name)!;
      return app.call('notes.list', { about: { kind: 'client', id: client.id } }).map((n) => n.body);
    };
    expect(noteOf('Nowhere Ltd')).toEqual(['From clients.csv, Country (not a country Shortlist knows): Atlantis']);
    expect(noteOf('Acme')).toEqual(['From clients.csv, Country (not a country Shortlist knows): Yorkshire']);
    expect(noteOf('Bayer Logistik')).toEqual([]);
    expect(noteOf('Kin Mining')).toEqual(['From clients.csv, Country (not a country Shortlist knows): The Congo']);

    // The contacts and jobs that name the client come in after it.
    const contacts = ['Company,Name,Email', 'Nowhere Ltd,Ada Lovelace,ada@nowhere.example'].join('\n');
    expect(await importCsv(app, contacts, { kind: 'contacts' })).toMatchObject({ accepted: 1, rejectedCount: 0, clientsCreated: 0 });
  });

  it('an unknown country shares the note with the row’s other kept columns', async () => {
    const app = await freshApp();
    const csv = ['Company,Country,Account Owner', 'Nowhere Ltd,Atlantis,Claire'].join('\n');
    expect(await importCsv(app, csv, { kind: 'clients', fileName: 'x.csv' })).toMatchObject({ accepted: 1, notesAdded: 1 });
    const [client] = app.call('clients.list', {}).items;
    expect(app.call('notes.list', { about: { kind: 'client', id: client!.id } }).map((n) => n.body)).toEqual([
      'From x.csv, Account Owner: Claire\nFrom x.csv, Country (not a country Shortlist knows): Atlantis',
    ]);
  });
});

describe('the currency of a country', () => {
  it('is the one its salaries are paid in, and a currency Intl knows', () => {
    expect(currencyOf('GB')).toBe('GBP');
    expect(currencyOf('de')).toBe('EUR');
    expect(currencyOf('US')).toBe('USD');
    expect(currencyOf('CH')).toBe('CHF');
    expect(currencyOf('ZZ')).toBeUndefined();
    const known = Intl.supportedValuesOf('currency');
    expect(countryCodes.filter((country) => !known.includes(currencyOf(country)!))).toEqual([]);
    // Every country Intl can name in English, and no code it cannot.
    const names = new Intl.DisplayNames('en', { type: 'region' });
    expect(countryCodes.filter((country) => names.of(country) === country)).toEqual([]);
    expect(countryCodes).toHaveLength(249);
  });
});

describe('the demo’s clients', () => {
  it('each have the country of their city', async () => {
    const { cities, cityCountries } = await import('../../src/demo/words');
    expect(cities.filter((city) => !cityCountries[city])).toEqual([]);
  });
});

/** Each client's country, by name. */
const countries = (app: TestApp) => Object.fromEntries(app.call('clients.list', {}).items.map((c) => [c.name, app.call('clients.get', { id: c.id }).client.country]));
