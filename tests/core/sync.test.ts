import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { corePort } from '../../src/sync/corePort';
import { SyncLoop, withAgencySync } from '../../src/sync/loop';
import { syncRound, type CorePort } from '../../src/sync/round';
import { dispatch } from '../../src/server/dispatch';
import { shortlist, tempDir } from './helpers';
import { postgresMissing, usePostgres } from './pg-helpers';
import { count, syncedData } from './sharing-helpers';
import { expectSynced, newHub, syncAll, type Laptop } from './sync-helpers';

describe.skipIf(postgresMissing)('live sync through the agency server', () => {
  const postgres = usePostgres();

  /** A new agency server with two recruiters' laptops on it. */
  const twoLaptops = async () => {
    const hub = await newHub(postgres());
    return { hub, ann: await hub.laptop(), bob: await hub.laptop() };
  };

  const versionsOnHub = async (hub: { admin: (sql: string) => Promise<{ n: number }[]> }) =>
    (await hub.admin('SELECT count(*)::int AS n FROM shortlist.versions'))[0]!.n;

  /** Ends the laptop's connection to the server from the server's side, as a network cut would. */
  const cutConnections = () =>
    postgres().admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'Shortlist' AND pid <> pg_backend_pid()");

  /** The core, with a connection cut just before the n-th call of `method` reaches it. */
  function cutBefore(laptop: Laptop, method: string, nth: number): CorePort {
    const port = corePort(laptop.core);
    let calls = 0;
    return {
      async call(m, input) {
        if (m === method && ++calls === nth) await cutConnections();
        return port.call(m, input);
      },
    };
  }

  it('a candidate added on one laptop reaches the other, and pushing again changes nothing', async () => {
    const { hub, ann, bob } = await twoLaptops();
    const ada = ann.call('candidates.create', { name: 'Ada Lovelace', emails: ['ada@example.com'] });
    const first = expectSynced(await ann.sync());
    expect(first.pushed).toBeGreaterThan(0);
    expect(first.status.waiting).toBe(0);
    const pulled = expectSynced(await bob.sync());
    expect(pulled.pulled).toBe(first.pushed);
    expect(pulled.tables).toContainEqual({ table: 'candidates', added: 1, updated: 0, deleted: 0 });
    expect(bob.call('candidates.get', { id: ada.id }).candidate.name).toBe('Ada Lovelace');

    const versions = await versionsOnHub(hub);
    expect(expectSynced(await ann.sync())).toMatchObject({ pushed: 0, pulled: 0 });
    expect(expectSynced(await bob.sync())).toMatchObject({ pushed: 0, pulled: 0 });
    expect(await versionsOnHub(hub)).toBe(versions);
    expect(syncedData(bob)).toEqual(syncedData(ann));
  });

  it('different fields edited on two laptops are both kept, with no conflict', async () => {
    const { ann, bob } = await twoLaptops();
    const { id } = ann.call('candidates.create', { name: 'Grace Hopper' });
    await syncAll([ann, bob]);
    ann.call('candidates.update', { id, location: 'Lyon' });
    bob.call('candidates.update', { id, currentTitle: 'Admiral' });
    await syncAll([ann, bob]);
    for (const laptop of [ann, bob]) {
      expect(laptop.call('candidates.get', { id }).candidate).toMatchObject({ location: 'Lyon', currentTitle: 'Admiral' });
      expect(laptop.call('conflicts.list', {})).toEqual([]);
    }
    expect(syncedData(bob)).toEqual(syncedData(ann));
  });

  it('the same field edited on two laptops is a conflict on every laptop, resolved once, and the resolution syncs onward', async () => {
    const hub = await newHub(postgres());
    const laptops = [await hub.laptop(), await hub.laptop(), await hub.laptop()];
    const [ann, bob, cat] = laptops as [Laptop, Laptop, Laptop];
    const { id } = ann.call('candidates.create', { name: 'Alan Turing' });
    await syncAll(laptops);
    ann.call('candidates.update', { id, location: 'Manchester' });
    bob.call('candidates.update', { id, location: 'Bletchley' });
    await syncAll(laptops);
    for (const laptop of laptops) expect(laptop.call('conflicts.list', {})).toHaveLength(1);
    const kept = ann.call('candidates.get', { id }).candidate.location;
    for (const laptop of laptops) expect(laptop.call('candidates.get', { id }).candidate.location).toBe(kept);

    // Cat resolves it (keeping the value the merge did not keep): everyone gets that value, and no one is asked again.
    const [conflict] = cat.call('conflicts.list', {});
    cat.call('conflicts.resolve', { id: conflict!.id, keep: conflict!.current === 'local' ? 'incoming' : 'local' });
    const chosen = cat.call('candidates.get', { id }).candidate.location;
    expect(chosen).not.toBe(kept);
    await syncAll(laptops);
    for (const laptop of laptops) {
      expect(laptop.call('candidates.get', { id }).candidate.location).toBe(chosen);
      expect(laptop.call('conflicts.list', {})).toEqual([]);
    }
    expect(syncedData(bob)).toEqual(syncedData(ann));
    expect(syncedData(cat)).toEqual(syncedData(ann));
  });

  it('a candidate deleted on one laptop while edited on the other is a conflict to review on both', async () => {
    const { ann, bob } = await twoLaptops();
    const { id } = ann.call('candidates.create', { name: 'Katherine Johnson' });
    await syncAll([ann, bob]);
    ann.call('candidates.delete', { id });
    bob.call('candidates.update', { id, location: 'Hampton' });
    await syncAll([ann, bob]);
    for (const laptop of [ann, bob]) {
      expect(laptop.call('conflicts.list', {}).map((c) => c.kind)).toEqual(['edit_vs_delete']);
      expect(count(laptop, 'SELECT count(*) FROM candidates WHERE id = ? AND deleted_at IS NOT NULL', id)).toBe(1);
      expect(count(laptop, 'SELECT count(*) FROM candidates WHERE id = ? AND location = ?', id, 'Hampton')).toBe(1);
    }
    expect(syncedData(bob)).toEqual(syncedData(ann));
  });

  it('an erasure reaches every laptop and takes the person off the server too', async () => {
    const { hub, ann, bob } = await twoLaptops();
    const { id } = ann.call('candidates.create', { name: 'Erin Erased', emails: ['erin@example.com'] });
    ann.call('notes.add', { about: { kind: 'candidate', id }, body: 'Wants to relocate' });
    ann.call('files.attach', { candidateId: id, name: 'Erin CV.txt', mimeType: 'text/plain', dataBase64: Buffer.from('Erin, engineer').toString('base64') });
    const keep = ann.call('candidates.create', { name: 'Kept Person' });
    await syncAll([ann, bob]);
    expect(count(bob, 'SELECT count(*) FROM notes WHERE subject_id = ?', id)).toBe(1);

    bob.call('candidates.erase', { id });
    await syncAll([ann, bob]);
    for (const laptop of [ann, bob]) {
      expect(count(laptop, 'SELECT count(*) FROM candidates WHERE id = ?', id)).toBe(0);
      expect(count(laptop, 'SELECT count(*) FROM notes WHERE subject_id = ?', id)).toBe(0);
      expect(count(laptop, 'SELECT count(*) FROM candidates WHERE id = ?', keep.id)).toBe(1);
    }
    const left = await hub.admin<{ entity: string }>('SELECT entity FROM shortlist.versions WHERE candidate_id = $1 OR row_id = $1', [id]);
    expect(left.map((v) => v.entity)).toEqual(['erasures']);
    expect(await hub.admin('SELECT sha256 FROM shortlist.blobs')).toEqual([]);
    expect(JSON.stringify(await hub.admin('SELECT row FROM shortlist.versions'))).not.toContain('Erin');
  });

  it('an unreachable server is an "offline" status; the work waits and goes up later', async () => {
    const { hub, ann, bob } = await twoLaptops();
    const away = { ...ann, hub: { url: `postgres://${ann.user}:x@127.0.0.1:1/${hub.database}` } };
    ann.call('candidates.create', { name: 'Offline One' });
    ann.call('candidates.create', { name: 'Offline Two' });
    const offline = await syncRound(corePort(away.core), away.hub);
    expect(offline.status).toMatchObject({ offline: true, problem: null, waiting: 2 });
    expect(ann.call('sync.status', {})).toMatchObject({ offline: true, waiting: 2 });

    const back = expectSynced(await ann.sync());
    expect(back.status).toMatchObject({ offline: false, waiting: 0 });
    expect(back.status.syncedAt).not.toBeNull();
    expectSynced(await bob.sync());
    expect(count(bob, "SELECT count(*) FROM candidates WHERE name LIKE 'Offline%'")).toBe(2);
  });

  it('a connection cut mid-push leaves both sides consistent, and the next sync resumes without duplicates', async () => {
    const { hub, ann, bob } = await twoLaptops();
    const { id } = ann.call('candidates.create', { name: 'Cut Push' });
    ann.call('files.attach', { candidateId: id, name: 'CV.txt', mimeType: 'text/plain', dataBase64: Buffer.from('cv').toString('base64') });
    for (let i = 0; i < 4; i++) ann.call('candidates.create', { name: `Candidate ${i}` });
    const rows = count(ann, 'SELECT count(*) FROM sync_outbox');

    // Cut after the server committed the second batch, before this laptop heard it had: it is sent again.
    const afterCommit = await ann.sync({ port: cutBefore(ann, 'sync.sent', 2), page: 2 });
    expect(afterCommit.status.offline).toBe(true);
    // Cut inside a push's transaction (while the attached file goes up): nothing of that batch is on the server.
    const inside = await ann.sync({ port: cutBefore(ann, 'sync.blobs', 1), page: 2 });
    expect(inside.status.offline).toBe(true);

    expectSynced(await ann.sync({ page: 2 }));
    expect(await versionsOnHub(hub)).toBe(rows);
    expect(await hub.admin('SELECT count(*)::int AS n FROM shortlist.blobs')).toEqual([{ n: 1 }]);
    expectSynced(await bob.sync());
    expect(syncedData(bob)).toEqual(syncedData(ann));
  });

  it('a connection cut mid-pull leaves both sides consistent, and the next pull resumes where the last merged batch ended', async () => {
    const { ann, bob } = await twoLaptops();
    for (let i = 0; i < 10; i++) ann.call('candidates.create', { name: `Candidate ${i}` });
    expectSynced(await ann.sync());

    // Cut as the second batch is merged: the third was asked for before, and may have come in
    // before the cut (then it is merged too, and the fourth is what fails).
    const cut = await bob.sync({ port: cutBefore(bob, 'sync.merge', 2), page: 3 });
    expect(cut.status.offline).toBe(true);
    expect([6, 9]).toContain(cut.pulled);
    expect(count(bob, 'SELECT count(*) FROM candidates')).toBe(cut.pulled);

    const resumed = expectSynced(await bob.sync({ page: 3 }));
    expect(resumed.pulled).toBe(10 - cut.pulled);
    expect(syncedData(bob)).toEqual(syncedData(ann));
  });

  it('a recruiter whose role was revoked can no longer pull, and is told so', async () => {
    const { ann, bob } = await twoLaptops();
    expectSynced(await bob.sync());
    ann.call('candidates.create', { name: 'After Bob Left' });
    expectSynced(await ann.sync());
    await postgres().admin(`REVOKE shortlist_recruiter FROM ${bob.user}`);
    const refused = await bob.sync();
    expect(refused.status.problem).toBe(`The user “${bob.user}” may no longer use the agency server: ask your agency’s admin.`);
    expect(refused.pulled).toBe(0);
    expect(count(bob, "SELECT count(*) FROM candidates WHERE name = 'After Bob Left'")).toBe(0);
    expect(bob.call('sync.status', {})).toMatchObject({ offline: false, problem: refused.status.problem });
  });

  it("a laptop appends only its own changes: it can neither push as another laptop nor change or delete another's", async () => {
    const { hub, ann, bob } = await twoLaptops();
    ann.call('candidates.create', { name: 'Ann Made This' });
    expectSynced(await ann.sync());
    expectSynced(await bob.sync());
    const asBob = new pg.Client({ connectionString: bob.hub.url });
    await asBob.connect();
    const attempt = (sql: string, params: unknown[] = []) => asBob.query(sql, params).then(() => 'allowed', (e: Error) => e.message);
    try {
      expect(
        await attempt(
          `INSERT INTO shortlist.versions (device_id, entity, row_id, digest, row, changes) VALUES ($1, 'candidates', 'x', 'x', '{}', '[]')`,
          [ann.core.deviceId],
        ),
      ).toMatch(/row-level security/);
      expect(await attempt("UPDATE shortlist.versions SET row = '{}'")).toMatch(/permission denied/);
      expect(await attempt('DELETE FROM shortlist.versions')).toMatch(/permission denied/);
      expect(await attempt("UPDATE shortlist.devices SET name = 'Stolen' WHERE id = $1", [ann.core.deviceId])).toBe('allowed');
      expect(await hub.admin('SELECT name FROM shortlist.devices WHERE id = $1', [ann.core.deviceId])).not.toEqual([{ name: 'Stolen' }]);
    } finally {
      await asBob.end();
    }
  });

  it('a server set up by a newer Shortlist is refused with a clear message, and nothing is pushed', async () => {
    const hub = await newHub(postgres());
    const ann = await hub.laptop();
    ann.call('candidates.create', { name: 'Waiting' });
    await hub.admin('UPDATE shortlist.hub SET version = 99');
    const refused = await ann.sync();
    expect(refused.status.problem).toMatch(/set up by a newer Shortlist \(server version 99; this one knows up to 1\)\. Update Shortlist to sync\./);
    expect(refused.status.waiting).toBe(1);
    expect(await versionsOnHub(hub)).toBe(0);
  });

  it('Sync now is answered by the host around the core: a round with the configured server and the keychain password', async () => {
    const hub = await newHub(postgres());
    const ann = await hub.laptop();
    const { user, password } = { user: ann.user, password: decodeURIComponent(new URL(ann.hub.url).password) };
    ann.call('candidates.create', { name: 'Pushed By The Loop' });
    const threads = { call: async (method: string, input: unknown) => dispatch(ann.core, method, input) };
    const loop = new SyncLoop(threads, { password: () => password });
    const window = withAgencySync(threads, loop);
    const outcome = await window.call('sync.now', {});
    expect(outcome).toMatchObject({ ok: true, result: { status: { user, waiting: 0, offline: false, problem: null } } });
    expect(await versionsOnHub(hub)).toBeGreaterThan(0);

    ann.call('sync.configure', { address: '', user: '' });
    expect(await window.call('sync.now', {})).toMatchObject({ ok: false, error: { message: expect.stringContaining('Settings → Agency sync') } });
    expect(await window.call('sync.status', {})).toMatchObject({ ok: true, result: { configured: false } });
  });

  it('a change made in the window goes up a moment later, without waiting for the interval, and a colleague’s next pull brings it', async () => {
    const { hub, ann, bob } = await twoLaptops();
    const password = decodeURIComponent(new URL(ann.hub.url).password);
    const threads = { call: async (method: string, input: unknown) => dispatch(ann.core, method, input) };
    // No timer, no focus: only the change itself can start the round.
    const loop = new SyncLoop(threads, { password: () => password, pushAfterChangeMs: 50 });
    const window = withAgencySync(threads, loop);
    try {
      expect(await window.call('candidates.list', {})).toMatchObject({ ok: true });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await versionsOnHub(hub)).toBe(0);
      const added = await window.call('candidates.create', { name: 'Pushed After The Change' });
      expect(added.ok).toBe(true);
      await expect.poll(() => versionsOnHub(hub), { timeout: 10_000 }).toBeGreaterThan(0);
      expect(ann.call('sync.status', {}).waiting).toBe(0);
      expectSynced(await bob.sync());
      expect(bob.call('candidates.list', {}).items.map((c) => c.name)).toEqual(['Pushed After The Change']);
    } finally {
      loop.stop();
    }
  });

  it('opening a record, which leaves nothing to go up, starts no round; an edit after it does', async () => {
    const { ann } = await twoLaptops();
    const { id } = ann.call('candidates.create', { name: 'Opened' });
    expectSynced(await ann.sync());
    const password = decodeURIComponent(new URL(ann.hub.url).password);
    const threads = { call: async (method: string, input: unknown) => dispatch(ann.core, method, input) };
    let rounds = 0;
    const loop = new SyncLoop(threads, { password: () => password, pushAfterChangeMs: 50, onRound: () => rounds++ });
    const window = withAgencySync(threads, loop);
    try {
      expect(await window.call('recents.open', { kind: 'candidate', id })).toMatchObject({ ok: true });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(rounds).toBe(0);
      expect(await window.call('candidates.update', { id, name: 'Opened And Edited' })).toMatchObject({ ok: true });
      await expect.poll(() => rounds, { timeout: 10_000 }).toBe(1);
      expect(ann.call('sync.status', {}).waiting).toBe(0);
    } finally {
      loop.stop();
    }
  });

  it('shortlist hub init sets up a server, and shortlist sync pushes and pulls with the password from PGPASSWORD', async () => {
    const database = await postgres().newDatabase();
    const ann = await postgres().newRole('cli');
    const init = shortlist('hub', 'init', '--hub', postgres().adminUrl(database), '--recruiter', ann.user);
    expect(init.stderr).toBe('');
    expect(init.stdout).toContain(`${ann.user} may sync`);
    expect(init.code).toBe(0);

    const db = `${tempDir()}/ann.db`;
    expect(shortlist('init', '--db', db).code).toBe(0);
    const url = `postgres://${ann.user}@127.0.0.1:${postgres().port}/${database}`;
    process.env.PGPASSWORD = ann.password;
    try {
      const synced = shortlist('sync', '--db', db, '--hub', url);
      expect(synced.stdout).toContain('Pushed: ');
      expect(synced.stdout).toContain('Changes waiting to go up: 0');
      expect(synced.code).toBe(0);
    } finally {
      delete process.env.PGPASSWORD;
    }
    const offline = shortlist('sync', '--db', db, '--hub', `postgres://${ann.user}:x@127.0.0.1:1/${database}`);
    expect(offline.stdout).toContain('Offline: the agency server cannot be reached.');
    expect(offline.code).toBe(1);
  }, 120_000);
});
