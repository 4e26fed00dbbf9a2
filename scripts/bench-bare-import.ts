/**
 * The CSV import done the naive way, for the benchmark's ratio: the same file read whole, and for
 * each row the same duplicate lookups, candidate row, lookup keys (made by the app's own functions)
 * and search entries, written with bare prepared statements in batches of 5,000 rows, with the
 * import's relaxed durability, page cache and search index buffer. No checking against the form's rules, no clock stamps, no chunks
 * short enough to keep a window answering.
 */
import { parse } from 'csv-parse/sync';
import { consentBasisLabels } from '../src/api/candidates';
import { identityKeys, skillKey } from '../src/candidates/duplicates';
import type { Core } from '../src/db/core';
import { relaxDurability } from '../src/db/durability';
import { nameKey } from '../src/db/names';
import { catchUpSearchIndex, widenSearchBuffer } from '../src/search/searchIndex';
import { widenImportCache } from '../src/sharing/csv/importer';

const BATCH = 5000;
const INDEX_EVERY = 20_000;

const list = (cell: string) => cell.split(';').map((part) => part.trim().replace(/^'/, '')).filter(Boolean);
const basisOf = Object.fromEntries(Object.entries(consentBasisLabels).map(([basis, label]) => [label, basis]));
const orNull = (cell: string | undefined) => (cell ? cell : null);

/** Returns how many rows were written as new candidates. */
export function bareImport(core: Core, csvText: string): number {
  const rows = parse(csvText, { bom: true, columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const db = core.db;
  const known = db.prepare(
    'SELECT c.id FROM candidate_keys k JOIN candidates c ON c.id = k.candidate_id WHERE k.key = ? AND c.deleted_at IS NULL',
  );
  const insertCandidate = db.prepare(
    `INSERT INTO candidates (id, name, name_key, emails, phones, location, current_title, current_employer, skills,
       source, salary_amount, salary_currency, availability, work_authorisation, links, owner, consent_basis,
       consent_on, consent_source, screen_why_looking, screen_career_progression, screen_certifications,
       screen_commute, screen_salary, created_hlc, created_at, created_by, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertKey = db.prepare('INSERT OR IGNORE INTO candidate_keys (key, candidate_id) VALUES (?, ?)');
  let written = 0;
  const batch = db.transaction((slice: Record<string, string>[], index: boolean) => {
    for (const row of slice) {
      const name = row['Name']!;
      const employer = row['Current employer'] ?? '';
      const emails = list(row['Emails'] ?? '');
      const phones = list(row['Phones'] ?? '');
      const skills = list(row['Skills'] ?? '');
      const keys = identityKeys({ name, emails, phones, currentEmployer: employer }).map(({ key }) => key);
      if (keys.map((key) => known.all(key)).some((found) => found.length > 0)) continue;
      const id = core.newId();
      const now = new Date().toISOString();
      const [amount, currency] = (row['Salary expectation'] ?? '').split(' ');
      insertCandidate.run(
        id, name, nameKey(name), JSON.stringify(emails), JSON.stringify(phones), orNull(row['Location']),
        orNull(row['Current title']), orNull(employer), JSON.stringify(skills), orNull(row['Source']),
        amount ? Number(amount) : null, orNull(currency), orNull(row['Availability']), orNull(row['Work authorisation']),
        JSON.stringify(list(row['Links'] ?? '')), orNull(row['Owner']), basisOf[row['Consent basis'] ?? ''] ?? null,
        orNull(row['Consent date']), orNull(row['Consent source']), orNull(row['Screening: why looking']),
        orNull(row['Screening: career progression']), orNull(row['Screening: certifications']),
        orNull(row['Screening: commute and location']), orNull(row['Screening: salary']),
        `${now}-bare`, now, core.deviceId, now, core.deviceId,
      );
      for (const key of keys) insertKey.run(key, id);
      for (const skill of skills) insertKey.run(skillKey(skill), id);
      written++;
    }
    if (index) catchUpSearchIndex(core);
  });
  const endRelaxed = relaxDurability(core);
  // The page cache and FTS5 buffer (hashsize) the app's import has, so the two write alike; both
  // are put back after, as there.
  const restoreCache = widenImportCache(core);
  const restoreSearchBuffer = widenSearchBuffer(core);
  try {
    for (let start = 0; start < rows.length; start += BATCH) {
      const end = Math.min(start + BATCH, rows.length);
      batch(rows.slice(start, end), end === rows.length || end % INDEX_EVERY === 0);
    }
  } finally {
    endRelaxed();
    restoreSearchBuffer();
    restoreCache();
  }
  return written;
}
