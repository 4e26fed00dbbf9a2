import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { demo } from '../../src/cli/demo';
import { tempDir } from './helpers';

const snapshot = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return {
      candidates: db.prepare('SELECT id, name, emails FROM candidates ORDER BY id').all(),
      submissions: db.prepare('SELECT count(*) FROM submissions').pluck().get(),
      reminders: db.prepare("SELECT coalesce(rule, 'own') AS rule, status, count(*) AS n FROM reminders GROUP BY 1, 2 ORDER BY 1, 2").all(),
      integrity: db.pragma('integrity_check', { simple: true }),
    };
  } finally {
    db.close();
  }
};

describe('shortlist demo', () => {
  it('makes the same realistic data set from the same seed, follow-ups included', async () => {
    const dir = tempDir();
    const [one, two] = [path.join(dir, 'one.db'), path.join(dir, 'two.db')];
    await demo(one, 1500, 7);
    await demo(two, 1500, 7);
    const first = snapshot(one);
    expect(first.candidates).toHaveLength(1500);
    expect(first.integrity).toBe('ok');
    expect(snapshot(two)).toEqual(first);
    const rules = new Set((first.reminders as { rule: string }[]).map((r) => r.rule));
    // The recruiter's own follow-ups, and ones Shortlist proposed from the data.
    expect(rules).toContain('own');
    expect(rules).toContain('contact_nudge');
    await expect(demo(one, 10, 1)).rejects.toThrow('already exists');
  });
});
