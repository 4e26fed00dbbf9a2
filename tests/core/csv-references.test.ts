import { describe, expect, it } from 'vitest';
import type { CsvKind } from '../../src/api/csv';
import { importCsv } from './csv-helpers';
import { freshApp, type TestApp } from './helpers';

// Whatever an import writes (a candidate's lookup keys, notes and tags, a contact's new client, a
// job's pipeline) points only at records that exist.

const orphans = (app: TestApp) => app.core.db.pragma('foreign_key_check');

describe('an import writes no reference to a record that does not exist', () => {
  it.each([
    ['candidates', ['Name,Email,Phone,Skills,Current employer,Tags,Stage', 'Ada Lovelace,ada@example.com,+44 7700 900123,Go; SQL,Acme,vip; london,Interviewing', 'Alan Turing,alan@example.com,,Python,,,Placed', 'Ada Lovelace,ada@example.com,,,,,']],
    ['contacts', ['First Name,Last Name,Company,Email,Mobile', 'Dana,Scully,Acme,dana@acme.example,+1 555 0100', 'Fox,Mulder,Globex,,']],
    ['clients', ['Company,Industry,Key Technologies', 'Acme,Robotics,Rust', 'Globex,Energy,']],
    ['jobs', ['Job Title,Client,Status,Openings,Hiring pipeline', 'Welder,Globex,,2,Phone screen', 'Robot Whisperer,Acme,On hold,,']],
  ] as const)('%s, new clients, notes and tags among them', async (kind, lines) => {
    const app = await freshApp();
    const result = await importCsv(app, lines.join('\n'), { kind: kind as CsvKind });
    expect(result.accepted).toBeGreaterThan(0);
    expect(orphans(app)).toEqual([]);
  });
});
