import fc from 'fast-check';
import { ApiError } from '../../src/api/errors';
import { freshApp, type TestApp } from './helpers';
import { exportOf } from './sharing-helpers';

/**
 * Recruiters making random changes on their own laptops, for the property tests of merging by
 * files (merge.property.test.ts) and of syncing through the agency server (sync.property.test.ts).
 */

export type Op =
  | { kind: 'create'; who: number; name: string }
  | { kind: 'edit'; who: number; pick: number; field: 'location' | 'title' | 'salary' | 'name'; value: number }
  | { kind: 'delete' | 'restore' | 'erase' | 'note' | 'submit'; who: number; pick: number }
  | { kind: 'merge'; who: number; keep: number; drop: number }
  | { kind: 'client'; who: number; pick: number; value: number }
  | { kind: 'sync'; from: number; to: number }
  | { kind: 'tick'; who: number; ms: number };

const places = ['Lyon', 'Paris', 'Oslo', null];
const titles = ['Engineer', 'Lead', null];

export function ops(recruiters: number) {
  const who = fc.nat(recruiters - 1);
  const pick = fc.nat(20);
  return fc.array(
    fc.oneof(
      { weight: 3, arbitrary: fc.record({ kind: fc.constant('create' as const), who, name: fc.constantFrom('Ada Lee', 'Bo Chen', 'Cy Díaz') }) },
      {
        weight: 8,
        arbitrary: fc.record({
          kind: fc.constant('edit' as const),
          who,
          pick,
          field: fc.constantFrom('location' as const, 'title' as const, 'salary' as const, 'name' as const),
          value: fc.nat(3),
        }),
      },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), who, pick }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('restore' as const), who, pick }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('erase' as const), who, pick }) },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('note' as const), who, pick }) },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('submit' as const), who, pick }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('merge' as const), who, keep: pick, drop: pick }) },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('client' as const), who, pick, value: fc.nat(3) }) },
      { weight: 5, arbitrary: fc.record({ kind: fc.constant('sync' as const), from: who, to: who }) },
      { weight: 4, arbitrary: fc.record({ kind: fc.constant('tick' as const), who, ms: fc.integer({ min: -2000, max: 120_000 }) }) },
    ),
    { minLength: 5, maxLength: 25 },
  );
}

/** One write of one value (a unit: a field or a group), as the test saw it happen. */
export interface Write {
  table: 'candidates' | 'clients';
  rowId: string;
  unit: readonly string[];
  value: string;
  stamp: string;
  /** Every stamp of the row the writer had when it wrote. */
  known: Set<string>;
}

export const units = {
  location: ['location'],
  title: ['current_title'],
  salary: ['salary_amount', 'salary_currency'],
  name: ['name', 'name_key'],
  deleted: ['deleted_at'],
  fee: ['fee_type', 'fee_percent', 'fee_amount', 'fee_currency'],
} as const;

export function unitValue(app: TestApp, table: string, rowId: string, unit: readonly string[]): string | undefined {
  const row = app.core.db.prepare(`SELECT ${unit.join(', ')} FROM ${table} WHERE id = ?`).get(rowId) as Record<string, unknown> | undefined;
  if (!row) return undefined;
  // Two deletes are one intent, whatever their times.
  return unit[0] === 'deleted_at' ? String(row.deleted_at !== null) : JSON.stringify(unit.map((f) => row[f]));
}

const stampsOf = (app: TestApp, table: string, rowId: string) =>
  new Set(app.core.db.prepare('SELECT hlc FROM changes WHERE entity = ? AND row_id = ?').pluck().all(table, rowId) as string[]);

export function unitStamp(app: TestApp, table: string, rowId: string, unit: readonly string[]): string {
  const latest = app.core.db
    .prepare(`SELECT max(hlc) FROM changes WHERE entity = ? AND row_id = ? AND field IN (${unit.map(() => '?').join(', ')})`)
    .pluck()
    .get(table, rowId, ...unit) as string | null;
  return latest ?? (app.core.db.prepare(`SELECT created_hlc FROM ${table} WHERE id = ?`).pluck().get(rowId) as string);
}

export class Simulation {
  readonly writes: Write[] = [];
  readonly erased = new Set<string>();
  /** The candidates merged away, each into another. */
  readonly dropped = new Set<string>();
  readonly exports: string[] = [];
  merged = false;

  constructor(readonly apps: TestApp[]) {}

  private ids(app: TestApp, table: string, where = '1'): string[] {
    return app.core.db.prepare(`SELECT id FROM ${table} WHERE ${where} ORDER BY id`).pluck().all() as string[];
  }

  private pick(app: TestApp, table: string, pick: number, where?: string): string | undefined {
    const ids = this.ids(app, table, where);
    return ids.length > 0 ? ids[pick % ids.length] : undefined;
  }

  /**
   * Runs a change through the contract, recording the writes it made to the given units of the
   * given rows (if the app allowed it and it changed something).
   */
  private write(app: TestApp, table: Write['table'], targets: [string, readonly string[]][], change: () => void): void {
    const before = targets.map(([rowId, unit]) => ({ rowId, unit, known: stampsOf(app, table, rowId), stamp: unitStamp(app, table, rowId, unit) }));
    try {
      change();
    } catch (error) {
      if (error instanceof ApiError) return;
      throw error;
    }
    for (const { rowId, unit, known, stamp } of before) {
      const now = unitStamp(app, table, rowId, unit);
      if (now !== stamp) this.writes.push({ table, rowId, unit, value: unitValue(app, table, rowId, unit)!, stamp: now, known });
    }
  }

  run(op: Op): void {
    if (op.kind === 'sync') {
      if (op.from === op.to) return;
      const file = exportOf(this.apps[op.from]!);
      this.exports.push(file);
      this.apps[op.to]!.call('sharing.import', { path: file });
      return;
    }
    const app = this.apps[op.who]!;
    const ignoreRefusal = (call: () => void) => {
      try {
        call();
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
      }
    };
    switch (op.kind) {
      case 'tick':
        return app.clock.advance(op.ms);
      case 'create':
        return void app.call('candidates.create', { name: op.name, allowDuplicate: true });
      case 'edit': {
        const id = this.pick(app, 'candidates', op.pick, 'deleted_at IS NULL');
        if (!id) return;
        const patch = {
          location: { location: places[op.value] ?? null },
          title: { currentTitle: titles[op.value % titles.length] ?? null },
          salary: { salaryExpectation: op.value === 3 ? null : { amount: 1000 * (op.value + 1), currency: op.value % 2 ? 'EUR' : 'GBP' } },
          name: { name: ['Ada Lee', 'Ada Li', 'A. Lee', 'Bo Chen'][op.value]! },
        }[op.field];
        const unit = units[op.field];
        return this.write(app, 'candidates', [[id, unit]], () => app.call('candidates.update', { id, ...patch }));
      }
      case 'delete': {
        const id = this.pick(app, 'candidates', op.pick, 'deleted_at IS NULL');
        if (id) this.write(app, 'candidates', [[id, units.deleted]], () => app.call('candidates.delete', { id }));
        return;
      }
      case 'restore': {
        const id = this.pick(app, 'candidates', op.pick, 'deleted_at IS NOT NULL');
        if (id) this.write(app, 'candidates', [[id, units.deleted]], () => app.call('trash.restore', { kind: 'candidate', id }));
        return;
      }
      case 'erase': {
        const id = this.pick(app, 'candidates', op.pick);
        if (!id) return;
        app.call('candidates.erase', { id });
        this.erased.add(id);
        return;
      }
      case 'note': {
        const id = this.pick(app, 'candidates', op.pick, 'deleted_at IS NULL');
        if (id) app.call('notes.add', { about: { kind: 'candidate', id }, body: `Note ${op.pick}` });
        return;
      }
      case 'merge': {
        const keepId = this.pick(app, 'candidates', op.keep, 'deleted_at IS NULL');
        const dropId = this.pick(app, 'candidates', op.drop, 'deleted_at IS NULL');
        if (keepId && dropId && keepId !== dropId) {
          // The dropped one goes to the trash; the kept one may take the dropped one's values.
          const kept = [units.location, units.title, units.salary].map((unit): [string, readonly string[]] => [keepId, unit]);
          this.write(app, 'candidates', [[dropId, units.deleted], ...kept], () => app.call('candidates.merge', { keepId, dropId }));
          this.merged = true;
          this.dropped.add(dropId);
        }
        return;
      }
      case 'submit': {
        const candidateId = this.pick(app, 'candidates', op.pick, 'deleted_at IS NULL');
        const jobId = this.pick(app, 'jobs', 0);
        if (!candidateId || !jobId) return;
        const existing = this.pick(app, 'submissions', 0, `candidate_id = '${candidateId}'`);
        ignoreRefusal(() =>
          existing
            ? app.call('submissions.move', { id: existing, stage: 'submitted' })
            : app.call('submissions.create', { candidateId, jobId, stage: 'shortlisted' }),
        );
        return;
      }
      case 'client': {
        const id = this.pick(app, 'clients', op.pick)!;
        const fee = op.value === 0 ? null : op.value === 1 ? { type: 'percentage' as const, percent: 20 } : { type: 'flat' as const, amount: 5000 * op.value, currency: 'EUR' };
        this.write(app, 'clients', [[id, op.value === 3 ? ['industry'] : units.fee]], () =>
          app.call('clients.update', op.value === 3 ? { id, industry: `Industry ${op.pick % 3}` } : { id, fee }),
        );
        return;
      }
    }
  }
}

/** The recruiters' laptops, and the export they all started from. */
export async function recruiters(count: number): Promise<{ apps: TestApp[]; base: string }> {
  const apps: TestApp[] = [];
  for (let i = 0; i < count; i++) {
    const app = await freshApp();
    app.clock.advance(i * 7_919); // laptops whose clocks disagree
    apps.push(app);
  }
  // A shared starting point: the agency's client and job, and two candidates, everywhere.
  const first = apps[0]!;
  const client = first.call('clients.create', { name: 'Acme' });
  first.call('jobs.create', { clientId: client.id, title: 'Engineer' });
  first.call('candidates.create', { name: 'Ada Lee', allowDuplicate: true });
  first.call('candidates.create', { name: 'Bo Chen', allowDuplicate: true });
  const base = exportOf(first);
  for (const app of apps.slice(1)) app.call('sharing.import', { path: base });
  return { apps, base };
}
