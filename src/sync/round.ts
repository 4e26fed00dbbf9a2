import type pg from 'pg';
import type { Input, Method, Result } from '../api/contract';
import type { ClockAhead, Conflict, LikelyDuplicate, TableChanges } from '../api/sharing';
import type { HubVersion, SyncBegun, SyncMerged, SyncSummary } from '../api/sync';
import type { KnownDevice } from '../sharing/mergeSource';
import { HubSession, hubUser, type HubAddress } from './hub';
import { explainSyncError } from './hubErrors';
import { openHub } from './hubSchema';

/** How a round reaches the core: the contract, wherever the core runs (its threads, this process). */
export interface CorePort {
  call<M extends Method>(method: M, input: Input<M>): Promise<Result<M>> | Result<M>;
}

/** Rows per push and per pull: each batch is one transaction on either side. */
const PAGE = 2000;

/**
 * One sync round: push what this laptop changed, then pull and merge what the others pushed since
 * the last pull, then push what that merge changed of this laptop's own. Every batch is a transaction on the server and one on the laptop, recorded on
 * the laptop only once the server has it (a push) or merged (a pull): a connection that drops
 * anywhere leaves both consistent, and the next round resends (changing nothing twice) or
 * fetches again. Never throws: an unreachable server is an "offline" status, anything else a problem
 * in the status, in words a recruiter can act on.
 */
export async function syncRound(port: CorePort, address: HubAddress, options: { page?: number; session?: HubSession } = {}): Promise<SyncSummary> {
  const page = options.page ?? PAGE;
  const totals = new Totals();
  const session = options.session ?? new HubSession();
  let failed = false;
  try {
    const client = await session.connect(address);
    const hubId = await openHub(client);
    const me = await port.call('sync.begin', { hubId });
    await push(client, port, me, page, totals);
    await pull(client, port, me, page, totals);
    await forgetAgain(client, totals.erasuresPulled);
    // What the pull wrote of this laptop's own (what a colleague added to a candidate merged here,
    // moved to the kept one) goes up in the same round, so a laptop that has not heard of the
    // merge hears of the move with it. (One that has moves the row itself, with the same change.)
    await push(client, port, me, page, totals);
    return totals.summary(await port.call('sync.record', { outcome: 'synced' }));
  } catch (error) {
    failed = true;
    const problem = explainSyncError(error, hubUser(address));
    const status = await port.call(
      'sync.record',
      problem.kind === 'offline' ? { outcome: 'offline' } : { outcome: 'problem', problem: problem.message },
    );
    return totals.summary(status);
  } finally {
    // A connection that failed may be half-way through anything: never reused.
    if (failed || !options.session) session.close();
  }
}

async function inTransaction<T>(client: pg.Client, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/**
 * Appends the rows of a batch as one statement; a row the server already has changes nothing.
 * One push at a time (the lock, taken before the first row is numbered, is held to the commit):
 * sequence numbers then commit in order, so a pull never skips one.
 */
const appendSql = `WITH push_lock AS MATERIALIZED (SELECT pg_advisory_xact_lock(hashtext('shortlist.push')))
  INSERT INTO shortlist.versions (device_id, entity, row_id, digest, row, changes, candidate_id)
  SELECT $1, v ->> 'entity', v ->> 'rowId', v ->> 'digest', v -> 'row', v -> 'changes', v ->> 'candidateId'
  FROM push_lock, jsonb_array_elements($2::jsonb) WITH ORDINALITY AS e (v, n) ORDER BY n
  ON CONFLICT DO NOTHING
  RETURNING entity, row_id`;

/**
 * Appends this laptop's queued rows, a batch at a time. The server hears of the laptop once a
 * round; a batch of rows alone is one statement, its own transaction (one trip to the server,
 * which counts when the server is far away); a batch with attached files or erasures is one
 * transaction of a few statements, which go in or not together.
 */
async function push(client: pg.Client, port: CorePort, me: SyncBegun, page: number, totals: Totals): Promise<void> {
  for (let batch = 0; batch < 10_000; batch++) {
    const { versions } = await port.call('sync.outgoing', { limit: page });
    if (versions.length === 0) break;
    if (batch === 0) {
      await client.query(
        `INSERT INTO shortlist.devices (id, name, person, seen_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, person = excluded.person, seen_at = excluded.seen_at`,
        [me.deviceId, me.deviceName, me.person, new Date().toISOString()],
      );
    }
    const rows = JSON.stringify(versions.map(({ sha256: _, ...v }) => v));
    const erased = versions.filter((v) => v.entity === 'erasures').map((v) => v.rowId);
    const plain = erased.length === 0 && versions.every((v) => v.sha256 === null);
    const appended = plain ? await client.query<Appended>(appendSql, [me.deviceId, rows]) : await inTransaction(client, async () => {
      const files = versions.filter((v) => v.sha256 !== null).map((v) => ({ sha256: v.sha256!, storedAs: String(v.row.stored_as) }));
      if (files.length > 0) {
        const held = new Set(
          (await client.query<{ sha256: string }>('SELECT sha256 FROM shortlist.blobs WHERE sha256 = ANY ($1)', [files.map((f) => f.sha256)])).rows.map(
            (r) => r.sha256,
          ),
        );
        const blobs = Object.entries(await port.call('sync.blobs', { files: files.filter((f) => !held.has(f.sha256)) }));
        if (blobs.length > 0) {
          await client.query('INSERT INTO shortlist.blobs (sha256, bytes) SELECT * FROM unnest($1::text[], $2::bytea[]) ON CONFLICT DO NOTHING', [
            blobs.map(([sha256]) => sha256),
            blobs.map(([, bytes]) => Buffer.from(bytes, 'base64')),
          ]);
        }
      }
      const inserted = await client.query<Appended>(appendSql, [me.deviceId, rows]);
      if (erased.length > 0) await client.query('SELECT shortlist.forget($1)', [erased]);
      return inserted;
    });
    totals.sent(appended.rows);
    await port.call('sync.sent', { versions: versions.map(({ entity, rowId, digest }) => ({ entity, rowId, digest })) });
  }
}

/** A version the server took (one it already had is not returned). */
interface Appended {
  entity: string;
  row_id: string;
}

interface VersionRow {
  seq: string;
  device_id: string;
  entity: string;
  row: HubVersion['row'];
  changes: HubVersion['changes'];
}

/**
 * Fetches what the other laptops pushed since the last pull, a batch at a time, and merges each
 * batch. The next batch is asked for before this one is merged, so the server and the network
 * work while the laptop merges (a new laptop's first sync is a hundred batches and more); a merge
 * that fails ends the round, and what was fetched ahead is dropped unread.
 */
async function pull(client: pg.Client, port: CorePort, me: SyncBegun, page: number, totals: Totals): Promise<void> {
  let devices: KnownDevice[] | undefined;
  const fetchAfter = (seq: number): Promise<pg.QueryResult<VersionRow>> => {
    const fetched = client.query<VersionRow>(
      `SELECT seq, device_id, entity, row, changes FROM shortlist.versions
       WHERE seq > $1 AND device_id <> $2 ORDER BY seq LIMIT $3`,
      [seq, me.deviceId, page],
    );
    // Fetched ahead of a merge that may fail: its own failure is then nobody's to hear.
    fetched.catch(() => undefined);
    return fetched;
  };
  for (let next: Promise<pg.QueryResult<VersionRow>> | null = fetchAfter(me.pulledThrough); next; ) {
    const { rows }: pg.QueryResult<VersionRow> = await next;
    if (rows.length === 0) return;
    // The laptops' names, once a round: a laptop that pushed since is named at the next.
    devices ??= (await client.query<KnownDevice>('SELECT id, name, person, seen_at FROM shortlist.devices')).rows;
    const files = rows.filter((r) => r.entity === 'files').map((r) => ({ sha256: String(r.row.sha256), storedAs: String(r.row.stored_as) }));
    const lacked = files.length > 0 ? await port.call('sync.lacked', { files }) : [];
    const blobs: Record<string, string> = {};
    if (lacked.length > 0) {
      for (const blob of (await client.query<{ sha256: string; bytes: Buffer }>('SELECT sha256, bytes FROM shortlist.blobs WHERE sha256 = ANY ($1)', [lacked])).rows) {
        blobs[blob.sha256] = blob.bytes.toString('base64');
      }
    }
    const through = Number(rows.at(-1)!.seq);
    next = rows.length < page ? null : fetchAfter(through);
    for (const r of rows) if (r.entity === 'erasures') totals.erasuresPulled.push(String(r.row.id));
    const versions = rows.map((r) => ({ seq: Number(r.seq), deviceId: r.device_id, entity: r.entity, row: r.row, changes: r.changes }));
    totals.add(await port.call('sync.merge', { versions, devices, blobs, through }));
  }
}

/**
 * The erasures a pull brought are applied on the server again: a laptop that had not heard of one
 * may have sent something of the person after the server forgot them (a stage change of their
 * submission), and it is this laptop, hearing of the erasure only now, that did. Each laptop that
 * sent such a thing pulls the erasure after it, so the server never keeps it past that round.
 */
async function forgetAgain(client: pg.Client, erased: readonly string[]): Promise<void> {
  if (erased.length > 0) await client.query('SELECT shortlist.forget($1)', [erased]);
}

/** What a round did, added up over its batches. */
class Totals {
  /** The rows sent, each once however many versions of it went up in the round (pushed, then moved by the pull). */
  private readonly pushed = new Set<string>();
  pulled = 0;
  erased = 0;
  /** The erasures pulled (their candidates' ids), to apply on the server again. */
  readonly erasuresPulled: string[] = [];
  filesRestored = 0;
  private readonly tables = new Map<string, TableChanges>();
  private readonly conflicts: Conflict[] = [];
  private readonly duplicates = new Map<string, LikelyDuplicate>();
  private clockAhead: ClockAhead | null = null;

  sent(rows: readonly Appended[]): void {
    for (const { entity, row_id } of rows) this.pushed.add(`${entity} ${row_id}`);
  }

  add(merged: SyncMerged): void {
    this.pulled += merged.pulled;
    this.erased += merged.erased;
    this.filesRestored += merged.filesRestored;
    for (const t of merged.tables) {
      const sum = this.tables.get(t.table) ?? { table: t.table, added: 0, updated: 0, deleted: 0 };
      this.tables.set(t.table, { ...sum, added: sum.added + t.added, updated: sum.updated + t.updated, deleted: sum.deleted + t.deleted });
    }
    this.conflicts.push(...merged.conflicts);
    for (const d of merged.likelyDuplicates) this.duplicates.set(d.candidates.map((c) => c.id).sort().join(' '), d);
    if (merged.clockAhead && merged.clockAhead.aheadBy > (this.clockAhead?.aheadBy ?? 0)) this.clockAhead = merged.clockAhead;
  }

  summary(status: SyncSummary['status']): SyncSummary {
    return {
      pushed: this.pushed.size,
      pulled: this.pulled,
      tables: [...this.tables.values()],
      erased: this.erased,
      filesRestored: this.filesRestored,
      conflicts: this.conflicts,
      likelyDuplicates: [...this.duplicates.values()],
      clockAhead: this.clockAhead,
      status,
    };
  }
}
