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

  it('is read from a spreadsheet’s country column in its language, by name or code, and a country it cannot tell is refused by name', async () => {
    const app = await freshApp();
    const csv = ['Firmenname;Ort;Land', 'Bayer Logistik;Köln;Deutschland', 'Tata Talent;Pune;in', 'Nowhere Ltd;Atlantis;Atlantis'].join('\n');
    const result = await importCsv(app, csv, { kind: 'clients' });
    expect(result).toMatchObject({ accepted: 2, rejected: [{ line: 4, reason: '“Land” has “Atlantis”: Use a country’s name or its two-letter code, like Germany or DE' }] });
    expect(countries(app)).toEqual({ 'Bayer Logistik': 'DE', 'Tata Talent': 'IN' });
    expect(app.call('clients.list', {}).items.map((c) => c.location)).toEqual(['Köln', 'Pune']);
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
