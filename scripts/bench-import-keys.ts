/**
 * `npx tsx scripts/bench-import-keys.ts`: what an import's writer does for each candidate row's
 * lookup keys (a duplicate check of its email, phone, and name at its employer, then its seven keys
 * written), 100,000 new rows against the 100,000 candidates of bench/demo-100000.db, a statement per
 * key (the naive way, as before) against a statement per row (as now). The two run interleaved,
 * a chunk of 5,000 rows (a transaction) at a time, each on its own copy of the database under
 * bench/tmp-keys/, so a machine shared with other work slows them alike: the whole import's CPU
 * varies by seconds from run to run here, more than this difference. Prints the CPU of each.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

const dir = path.resolve('bench', 'tmp-keys');
fs.mkdirSync(dir, { recursive: true });
const open = (name: string) => {
  const file = path.join(dir, `${name}.db`);
  fs.copyFileSync(path.resolve('bench', 'demo-100000.db'), file);
  const db = new Database(file);
  // As an import's writer: its page cache, its relaxed durability (src/db/durability.ts).
  db.pragma('journal_mode = WAL');
  db.pragma('cache_size = -65536');
  db.pragma('synchronous = NORMAL');
  // The rows' candidates are not written here, so their keys cannot be checked against them (the
  // import's check of each key's candidate costs both ways alike).
  db.pragma('foreign_keys = OFF');
  return db;
};
const [naive, now] = [open('per-key'), open('per-row')];
const skills = ['Go', 'Rust', 'Java', 'Python', 'SQL', 'React', 'AWS', 'Kubernetes', 'Excel', 'SAP', 'C#', 'PHP'];
const ids = naive.prepare('SELECT id FROM candidates ORDER BY id DESC LIMIT 1').pluck().get() as string;
const word = () => Math.random().toString(36).slice(2);
// New candidates' ids sort after every id on file, as UUIDv7s made now do.
const rows = Array.from({ length: 100_000 }, (_, n) => ({
  id: `${ids.slice(0, 8)}~${String(n).padStart(6, '0')}`,
  keys: [`email:${word()}@example.com`, `phone:${Math.floor(Math.random() * 1e9)}`, `name:${word()} ${word()}@${word()}`, ...[0, 1, 2, 3].map((k) => `skill:${skills[(n + k * 3) % 12]!.toLowerCase()}`)],
}));
const duplicateSql = (where: string) =>
  `SELECT k.key, c.id, c.name FROM candidate_keys k JOIN candidates c ON c.id = k.candidate_id WHERE ${where} AND c.deleted_at IS NULL AND c.id IS NOT ?`;
const perKey = { find: naive.prepare(duplicateSql('k.key = ?')), insert: naive.prepare('INSERT OR IGNORE INTO candidate_keys (key, candidate_id) VALUES (?, ?)') };
const perRow = {
  find: now.prepare(`${duplicateSql('k.key IN (?, ?, ?)')} ORDER BY k.key, k.candidate_id`),
  insert: now.prepare(`INSERT OR IGNORE INTO candidate_keys (key, candidate_id) VALUES ${Array.from({ length: 7 }, () => '(?, ?)').join(', ')}`),
};
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
let [naiveMs, nowMs] = [0, 0];
for (let at = 0; at < rows.length; at += 5000) {
  const chunk = rows.slice(at, at + 5000);
  let started = cpu();
  naive.transaction(() => {
    for (const { id, keys } of chunk) {
      for (const key of keys.slice(0, 3)) perKey.find.all(key, null);
      for (const key of keys) perKey.insert.run(key, id);
    }
  })();
  naiveMs += cpu() - started;
  started = cpu();
  now.transaction(() => {
    for (const { id, keys } of chunk) {
      perRow.find.all(keys[0], keys[1], keys[2], null);
      perRow.insert.run(keys.flatMap((key) => [key, id]));
    }
  })();
  nowMs += cpu() - started;
}
naive.close();
now.close();
fs.rmSync(dir, { recursive: true, force: true });
console.log(`the duplicate checks and lookup keys of 100,000 rows, CPU: a statement per key ${naiveMs.toFixed(0)} ms (the naive way), a statement per row ${nowMs.toFixed(0)} ms`);
