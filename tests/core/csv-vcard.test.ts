import { describe, expect, it } from 'vitest';
import { importCsv, previewCsv } from './csv-helpers';
import { freshApp } from './helpers';

/** As macOS Contacts and iOS export: vCard 3, folded lines, item groups, escaped commas, two cards. */
const apple = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'PRODID:-//Apple Inc.//macOS 14.0//EN',
  'N:Côté;Renée;;;',
  'FN:Renée Côté',
  'ORG:Hydro-Québec;Ressources humaines',
  'TITLE:Directrice du recrutement',
  'EMAIL;type=INTERNET;type=WORK;type=pref:renee.cote@hydro.example',
  'EMAIL;type=INTERNET;type=HOME:renee@home.example',
  'TEL;type=CELL;type=VOICE;type=pref:+1 514 555 0101',
  'item1.ADR;type=WORK;type=pref:;;75 boul. René-Lévesque;Montréal;QC;H2Z 1A4;Canada',
  'NOTE:Prefers calls after 4pm\\, never Fridays.\\nMet at the Montréal job fair.',
  'CATEGORIES:Energy,Key account',
  'PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8QEBEQCgwSExIQEw8Q',
  ' EBD/2wBDAQMDAwQDBAgEBAgQCwkLEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBA=',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:Okafor;Sam;;;',
  'FN:Sam Okafor',
  'EMAIL;type=INTERNET:sam at example dot com',
  'END:VCARD',
  '',
].join('\r\n');

/** As Google Contacts and Android export vCard 4: a long note folded over lines, a kind and a UID. */
const google = [
  'BEGIN:VCARD',
  'VERSION:4.0',
  'KIND:individual',
  'UID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1',
  'FN:Kenji Tanaka',
  'N:Tanaka;Kenji;;;',
  'ORG:Toyota',
  'TITLE:HR Director',
  'EMAIL;TYPE=work:kenji@toyota.example',
  'TEL;VALUE=uri;TYPE="voice,work":tel:+81-3-1234-5678',
  'URL:https://toyota.example',
  'NOTE:Hiring twenty engineers in spring; wants candidates who speak Japanese and En',
  ' glish.',
  'X-SKYPE:kenji.t',
  'END:VCARD',
].join('\n');

/** As Outlook writes vCard 2.1: quoted-printable, Windows-1252. */
const outlook = Buffer.concat([
  Buffer.from('BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=Windows-1252:M'),
  Buffer.from([0xfc]),
  Buffer.from('ller;J'),
  Buffer.from([0xfc]),
  Buffer.from(
    'rgen\r\nFN:Juergen Mueller\r\nORG;ENCODING=QUOTED-PRINTABLE;CHARSET=utf-8:B=C3=A4ckerei Gro=C3=9F\r\nNOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=utf-8:Erster Kontakt=0D=0A=\r\nim M=C3=A4rz\r\nEMAIL;PREF;INTERNET:jm@baeckerei.example\r\nEND:VCARD\r\n',
  ),
]);

describe('vCard files', () => {
  it('vCard 3 from macOS Contacts: candidates with every property a field, the note or tags, and bad cards by their line', async () => {
    const app = await freshApp();
    const preview = previewCsv(app, apple, { kind: 'candidates', fileName: 'contacts.vcf' });
    expect(preview).toMatchObject({ format: 'vcard', mappingProblems: [] });
    expect(preview.sample.map((row) => [row.line, row.outcome.status])).toEqual([
      [1, 'new'],
      [17, 'rejected'],
    ]);
    const result = await importCsv(app, apple, { kind: 'candidates', fileName: 'contacts.vcf' });
    expect(result).toMatchObject({ rowsRead: 2, accepted: 1, rejected: [{ line: 17, reason: expect.stringContaining('“Email” has “sam at example dot com”') }] });
    const { id } = app.call('candidates.list', {}).items[0]!;
    expect(app.call('candidates.get', { id }).candidate).toMatchObject({
      name: 'Renée Côté',
      emails: ['renee.cote@hydro.example', 'renee@home.example'],
      phones: ['+1 514 555 0101'],
      currentEmployer: 'Hydro-Québec',
      currentTitle: 'Directrice du recrutement',
      location: 'Montréal, QC, Canada',
    });
    expect(app.call('tags.of', { kind: 'candidate', id })).toEqual(['Energy', 'Key account']);
    expect(app.call('notes.list', { about: { kind: 'candidate', id } }).map((n) => n.body)).toEqual([
      [
        'From contacts.vcf, Department: Ressources humaines',
        'From contacts.vcf, Street: 75 boul. René-Lévesque',
        'From contacts.vcf, Postcode: H2Z 1A4',
        'From contacts.vcf, Notes: Prefers calls after 4pm, never Fridays.\nMet at the Montréal job fair.',
      ].join('\n'),
    ]);
  });

  it('vCard 4 from Google: contacts at their company, found again as duplicates', async () => {
    const app = await freshApp();
    const result = await importCsv(app, google, { kind: 'contacts', fileName: 'google.vcf' });
    expect(result).toMatchObject({ rejected: [], accepted: 1, clientsCreated: 1 });
    const { contacts } = app.call('clients.get', { id: app.call('clients.list', {}).items[0]!.id });
    expect(contacts[0]).toMatchObject({
      name: 'Kenji Tanaka',
      jobTitle: 'HR Director',
      email: 'kenji@toyota.example',
      phone: '+81-3-1234-5678',
      caresAbout: 'Hiring twenty engineers in spring; wants candidates who speak Japanese and English.',
    });
    expect(app.call('notes.list', { about: { kind: 'contact', id: contacts[0]!.id } })[0]!.body).toBe(
      'From google.vcf, Website: https://toyota.example\nFrom google.vcf, X-SKYPE: kenji.t',
    );
    expect(await importCsv(app, google, { kind: 'contacts' })).toMatchObject({ accepted: 0, duplicateCount: 1 });
  });

  it('vCard 2.1 from Outlook: quoted-printable and Windows-1252 read right', async () => {
    const app = await freshApp();
    const result = await importCsv(app, outlook, { kind: 'candidates', fileName: 'outlook.vcf' });
    expect(result).toMatchObject({ accepted: 1 });
    const { id } = app.call('candidates.list', {}).items[0]!;
    expect(app.call('candidates.get', { id }).candidate).toMatchObject({ name: 'Juergen Mueller', currentEmployer: 'Bäckerei Groß', emails: ['jm@baeckerei.example'] });
    expect(app.call('notes.list', { about: { kind: 'candidate', id } })[0]!.body).toContain('Notes: Erster Kontakt\r\nim März');
  });
});
