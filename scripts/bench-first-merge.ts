/**
 * A new laptop's first sync without the server: the data set's rows, in the order its first push
 * puts them on the hub (table by table, parents first, each in id order), merged into an empty
 * database in batches through `sync.merge`, as a pull does. Times each batch and the CPU time of
 * the merges, so what grows with the database shows; the server's part is measured by
 * bench-sync-round.ts --first. To time batches at 100k again and again: --save a file after
 * --limit rows, then start --from it and --skip those rows. The data set must be at this
 * version's schema (open a copy with the app once); it is only read.
 *   node --import tsx scripts/bench-first-merge.ts [data set] [--limit <rows>] [--page <rows>]
 *     [--save <file>] [--from <file> --skip <rows>] [--cache-mb <n>]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { HubVersion } from '../src/api/sync';
import { closeDatabase, openDatabase } from '../src/db/open';
import { columnsOf, syncedTables } from '../src/sharing/tables';
import { corePort } from '../src/sync/corePort';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : undefined);
const dataSet = path.resolve(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'bench/demo-100000.db');
const limit = option('--limit') ?? Infinity;
const page = option('--page') ?? 2000;
const skip = option('--skip') ?? 0;
const from = args.includes('--from') ? args[args.indexOf('--from') + 1]! : null;
const save = args.includes('--save') ? args[args.indexOf('--save') + 1]! : null;

/** Every row of the data set as the hub would hand it out, in the hub's order. */
function* hubOrder(db: Database.Database): Generator<HubVersion> {
  const deviceId = '01900000-0000-7000-8000-00000000beef';
  let seq = 0;
  for (const { entity } of syncedTables) {
    const changes = db.prepare('SELECT field, hlc, value, device_id FROM changes WHERE entity = ? AND row_id = ? ORDER BY field, hlc');
    for (const row of db.prepare(`SELECT ${columnsOf(entity).join(', ')} FROM ${entity.table} ORDER BY id`).iterate() as Iterable<Record<string, string | number | null>>) {
      yield { seq: ++seq, deviceId, entity: entity.table, row, changes: changes.all(entity.table, row.id) as HubVersion['changes'] };
    }
  }
}

async function main(): Promise<void> {
  const source = new Database(dataSet, { readonly: true });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shortlist-bench-first-'));
  if (from) fs.copyFileSync(from, path.join(dir, 'new-laptop.db'));
  const fresh = await openDatabase(path.join(dir, 'new-laptop.db'));
  const port = corePort(fresh);
  const cacheMb = option('--cache-mb');
  if (cacheMb) fresh.db.pragma(`cache_size = -${cacheMb * 1024}`);
  // As a round does: the laptop joins the hub, and what it had when the round began is noted.
  port.call('sync.begin', { hubId: 'bench' });
  const devices = [{ id: '01900000-0000-7000-8000-00000000beef', name: 'bench', person: null, seen_at: new Date().toISOString() }];
  const times: { table: string; ms: number }[] = [];
  let batch: HubVersion[] = [];
  let merged = 0;
  let mergeCpu = 0;
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  const flush = () => {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    port.call('sync.merge', { versions: batch, devices, blobs: {}, through: batch.at(-1)!.seq });
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    mergeCpu += (c.user + c.system) / 1000;
    times.push({ table: batch.at(-1)!.entity, ms });
    merged += batch.length;
    if (times.length % 10 === 1) console.log(`batch ${times.length} (${batch.at(-1)!.entity}, ${merged} rows): ${Math.round(ms)} ms`);
    batch = [];
  };
  try {
    let n = 0;
    for (const version of hubOrder(source)) {
      if (n++ < skip) continue;
      if (merged + batch.length >= limit) break;
      batch.push(version);
      if (batch.length === page) flush();
    }
    if (batch.length > 0) flush();
    if (save) fresh.db.exec(`VACUUM INTO '${save}'`);
    const total = performance.now() - start;
    const cpu = process.cpuUsage(cpu0);
    console.log(`merges' CPU ${Math.round(mergeCpu)} ms; CPU ${Math.round((cpu.user + cpu.system) / 1000)} ms (user ${Math.round(cpu.user / 1000)}, system ${Math.round(cpu.system / 1000)})`);
    const byTable = new Map<string, number>();
    for (const { table, ms } of times) byTable.set(table, (byTable.get(table) ?? 0) + ms);
    console.log(`${merged} rows in ${times.length} batches of ${page}: ${Math.round(total)} ms in all, merges ${Math.round(times.reduce((a, t) => a + t.ms, 0))} ms`);
    console.log(`  by the table a batch ended in: ${[...byTable].map(([t, ms]) => `${t} ${Math.round(ms)}`).join(', ')}`);
  } finally {
    closeDatabase(fresh);
    source.close();
    fs.rmSync(dir, { recursive: true, force: true });
    console.log(`machine load (1 min): ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`);
  }
}

void main();
