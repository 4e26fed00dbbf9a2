import crypto from 'node:crypto';
import type pg from 'pg';
import { SyncProblem } from './hubErrors';

/**
 * The agency server's schema: all of Shortlist that runs on it. It holds what exports hold, as
 * the laptops pushed it: each row version with its change log (erasures, candidate merges and
 * duplicate decisions are rows too), the laptops' names, and attached files once by content hash.
 * Numbered like the database's migrations; a server set up by a newer Shortlist is refused.
 *
 * Who may do what is the server's to enforce, with row-level security: every recruiter is a role
 * in the group `shortlist_recruiter`; a laptop (device) belongs to the role that first pushed
 * from it, and a role appends only versions of its own devices, never changes or deletes any.
 * Revoking a role's membership takes away its reading too.
 */
export const RECRUITERS = 'shortlist_recruiter';

const hubMigrations: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE SCHEMA shortlist;
      CREATE TABLE shortlist.hub (
        one int PRIMARY KEY CHECK (one = 1),
        version int NOT NULL,
        hub_id text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      -- A laptop, named as it names itself, and the role (recruiter) it belongs to.
      CREATE TABLE shortlist.devices (
        id text PRIMARY KEY,
        role name NOT NULL DEFAULT current_user,
        name text NOT NULL,
        person text,
        seen_at text NOT NULL
      );
      -- Append-only: a row as one laptop had it when it pushed (its columns and change log). seq
      -- orders the pulls; pushes take a lock, so a later seq never commits before an earlier one.
      CREATE TABLE shortlist.versions (
        seq bigserial PRIMARY KEY,
        device_id text NOT NULL REFERENCES shortlist.devices (id),
        entity text NOT NULL,
        row_id text NOT NULL,
        digest text NOT NULL,
        row jsonb NOT NULL,
        changes jsonb NOT NULL,
        candidate_id text,
        pushed_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (device_id, entity, row_id, digest)
      );
      CREATE INDEX versions_by_candidate ON shortlist.versions (candidate_id) WHERE candidate_id IS NOT NULL;
      -- Attached files, once per content; the hash is checked here and again on every laptop.
      CREATE TABLE shortlist.blobs (
        sha256 text PRIMARY KEY CHECK (sha256 = encode(sha256(bytes), 'hex')),
        bytes bytea NOT NULL
      );

      -- An erasure pushed to the server removes the person's data from it too: the versions of
      -- everything that was theirs, and attached files no one else has. Runs as the schema's
      -- owner (a recruiter may delete nothing else), and only for candidates whose erasure is here.
      CREATE FUNCTION shortlist.forget(ids text[]) RETURNS integer
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = shortlist, pg_temp AS $$
      DECLARE
        erased text[];
        hashes text[];
        gone integer;
      BEGIN
        SELECT coalesce(array_agg(row_id), '{}') INTO erased FROM shortlist.versions WHERE entity = 'erasures' AND row_id = ANY (ids);
        SELECT coalesce(array_agg(DISTINCT row ->> 'sha256'), '{}') INTO hashes FROM shortlist.versions
          WHERE entity = 'files' AND candidate_id = ANY (erased);
        DELETE FROM shortlist.versions WHERE candidate_id = ANY (erased);
        GET DIAGNOSTICS gone = ROW_COUNT;
        DELETE FROM shortlist.blobs b WHERE b.sha256 = ANY (hashes)
          AND NOT EXISTS (SELECT 1 FROM shortlist.versions v WHERE v.entity = 'files' AND v.row ->> 'sha256' = b.sha256);
        RETURN gone;
      END $$;
    `,
  },
];

export const HUB_VERSION = hubMigrations.at(-1)!.version;

/** Row-level security and grants: made again (idempotently) by every `shortlist hub init`. */
const securitySql = `
  DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${RECRUITERS}') THEN CREATE ROLE ${RECRUITERS} NOLOGIN; END IF;
  END $$;
  GRANT USAGE ON SCHEMA shortlist TO ${RECRUITERS};
  GRANT SELECT ON shortlist.hub TO ${RECRUITERS};
  GRANT SELECT, INSERT, UPDATE (name, person, seen_at) ON shortlist.devices TO ${RECRUITERS};
  GRANT SELECT, INSERT ON shortlist.versions, shortlist.blobs TO ${RECRUITERS};
  GRANT USAGE ON SEQUENCE shortlist.versions_seq_seq TO ${RECRUITERS};
  REVOKE ALL ON FUNCTION shortlist.forget(text[]) FROM PUBLIC;
  GRANT EXECUTE ON FUNCTION shortlist.forget(text[]) TO ${RECRUITERS};

  ALTER TABLE shortlist.devices ENABLE ROW LEVEL SECURITY;
  ALTER TABLE shortlist.versions ENABLE ROW LEVEL SECURITY;
  DROP POLICY IF EXISTS read_all ON shortlist.devices;
  DROP POLICY IF EXISTS claim_own ON shortlist.devices;
  DROP POLICY IF EXISTS rename_own ON shortlist.devices;
  DROP POLICY IF EXISTS read_all ON shortlist.versions;
  DROP POLICY IF EXISTS append_own ON shortlist.versions;
  CREATE POLICY read_all ON shortlist.devices FOR SELECT TO ${RECRUITERS} USING (true);
  CREATE POLICY claim_own ON shortlist.devices FOR INSERT TO ${RECRUITERS} WITH CHECK (role = current_user);
  CREATE POLICY rename_own ON shortlist.devices FOR UPDATE TO ${RECRUITERS} USING (role = current_user) WITH CHECK (role = current_user);
  CREATE POLICY read_all ON shortlist.versions FOR SELECT TO ${RECRUITERS} USING (true);
  CREATE POLICY append_own ON shortlist.versions FOR INSERT TO ${RECRUITERS}
    WITH CHECK (EXISTS (SELECT 1 FROM shortlist.devices d WHERE d.id = device_id AND d.role = current_user));
`;

/** The server's schema version and id, or null when it has no Shortlist schema yet. */
async function hubState(client: pg.Client): Promise<{ version: number; hubId: string } | null> {
  const exists = (await client.query<{ found: boolean }>("SELECT to_regclass('shortlist.hub') IS NOT NULL AS found")).rows[0]!.found;
  if (!exists) return null;
  const row = (await client.query<{ version: number; hub_id: string }>('SELECT version, hub_id FROM shortlist.hub')).rows[0];
  return row ? { version: row.version, hubId: row.hub_id } : null;
}

/** hubState in one trip to the server (every round asks), outside a transaction: a missing schema is an error there. */
async function hubStateAtOnce(client: pg.Client): Promise<{ version: number; hubId: string } | null> {
  try {
    const row = (await client.query<{ version: number; hub_id: string }>('SELECT version, hub_id FROM shortlist.hub')).rows[0];
    return row ? { version: row.version, hubId: row.hub_id } : null;
  } catch (error) {
    // undefined_table, invalid_schema_name: no Shortlist schema yet.
    if (['42P01', '3F000'].includes((error as { code?: string }).code ?? '')) return null;
    throw error;
  }
}

function refuseNewer(version: number): void {
  if (version > HUB_VERSION) {
    throw new SyncProblem(
      'newer',
      `The agency server was set up by a newer Shortlist (server version ${version}; this one knows up to ${HUB_VERSION}). Update Shortlist to sync.`,
    );
  }
}

/**
 * Checks the server is a Shortlist hub this version can use, migrating its schema when the
 * connected role may (the admin's, or a recruiter's who owns it). Returns the hub's id.
 */
export async function openHub(client: pg.Client): Promise<string> {
  const state = await hubStateAtOnce(client);
  if (state) refuseNewer(state.version);
  if (state && state.version === HUB_VERSION) return state.hubId;
  try {
    return await migrateHub(client);
  } catch (error) {
    if ((error as { code?: string }).code === '42501') {
      throw new SyncProblem(
        'not_set_up',
        state
          ? 'The agency server needs an update that only its admin can make: ask them to run “shortlist hub init”.'
          : 'The agency server is not set up for Shortlist yet: ask your agency’s admin to run “shortlist hub init”.',
      );
    }
    throw error;
  }
}

/** Applies the hub's migrations it lacks, in one transaction (with a lock: two laptops may try at once). */
async function migrateHub(client: pg.Client): Promise<string> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['shortlist.hub.migrate']);
    const state = await hubState(client);
    if (state) refuseNewer(state.version);
    const from = state?.version ?? 0;
    for (const migration of hubMigrations.filter((m) => m.version > from)) await client.query(migration.sql);
    const hubId = state?.hubId ?? crypto.randomUUID();
    await client.query(
      'INSERT INTO shortlist.hub (one, version, hub_id) VALUES (1, $1, $2) ON CONFLICT (one) DO UPDATE SET version = excluded.version',
      [HUB_VERSION, hubId],
    );
    if (from < HUB_VERSION) await client.query(securitySql);
    await client.query('COMMIT');
    return hubId;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/**
 * `shortlist hub init`: the schema, the recruiters' group role and its rights; each named
 * recruiter role joins the group (made, able to log in, if it does not exist: its password is
 * then set by the admin, e.g. \\password in psql).
 */
export async function initHub(client: pg.Client, recruiters: readonly string[]): Promise<{ hubId: string; created: string[]; joined: string[] }> {
  const hubId = await openHub(client);
  await client.query(securitySql);
  const created: string[] = [];
  const joined: string[] = [];
  for (const role of recruiters) {
    const exists = (await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])).rowCount! > 0;
    const name = client.escapeIdentifier(role);
    if (!exists) {
      await client.query(`CREATE ROLE ${name} LOGIN`);
      created.push(role);
    }
    await client.query(`GRANT ${RECRUITERS} TO ${name}`);
    joined.push(role);
  }
  return { hubId, created, joined };
}
