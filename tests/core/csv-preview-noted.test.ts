import { describe, expect, it } from 'vitest';
import { freshApp } from './helpers';
import { previewCsv } from './csv-helpers';

describe('the CSV preview of clients', () => {
  it('says a country it cannot tell goes into the client’s note, as the note will say it, and nothing of a country it knows', async () => {
    const app = await freshApp();
    const csv = ['Company;City;Land', 'Nowhere Ltd;Atlantis;Atlantis', 'Bayer Logistik;Köln;DE'].join('\n');
    const { sample } = previewCsv(app, csv, { kind: 'clients' });
    expect(sample.map((row) => row.outcome)).toEqual([
      { status: 'new', newClient: null, noted: ['Land (not a country Shortlist knows): Atlantis'] },
      { status: 'new', newClient: null },
    ]);
    expect(app.call('clients.list', {}).items).toEqual([]);
  });
});
