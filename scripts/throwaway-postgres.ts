import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * A throwaway PostgreSQL for the live sync tests and the benchmark: Debian's server, started as
 * the `postgres` user (initdb refuses root) on 127.0.0.1 with a temporary data directory, and
 * removed after. Connections over TCP need a password (scram), so roles and passwords are tested
 * as an agency would use them.
 */

const SUPERUSER_PASSWORD = 'hub-admin-secret';

function findBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return null;
  const versions = fs.readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const bin = path.join(root, version, 'bin');
    if (fs.existsSync(path.join(bin, 'initdb'))) return bin;
  }
  return null;
}

const bin = findBin();
const asPostgres = process.getuid?.() === 0;

/** Why the PostgreSQL tests cannot run here, or null when they can. */
export const postgresMissing: string | null = !bin
  ? 'PostgreSQL is not installed (apt-get install postgresql): the live sync tests are skipped.'
  : process.getuid?.() !== 0 && os.userInfo().username !== 'postgres'
    ? 'The live sync tests start PostgreSQL as the postgres user, which needs root: skipped.'
    : null;

function run(file: string, args: string[]): string {
  const [command, commandArgs] = asPostgres ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
  return execFileSync(command, commandArgs, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface TestPostgres {
  port: number;
  /** A URL for `user` (password in the URL) to `database`. */
  url(user: string, password: string, database: string): string;
  /** The superuser's URL to `database`. */
  adminUrl(database?: string): string;
  /** Runs SQL as the superuser on `database`. */
  admin<T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params?: unknown[], database?: string): Promise<T[]>;
  /** A new empty database for one test's hub. */
  newDatabase(): Promise<string>;
  /** A new login role with a password. */
  newRole(prefix: string): Promise<{ user: string; password: string }>;
  stop(): Promise<void>;
}

let databases = 0;
let roles = 0;

/** Starts a PostgreSQL server for a test file; call stop() in afterAll. */
export async function startPostgres(): Promise<TestPostgres> {
  if (!bin || postgresMissing) throw new Error(postgresMissing ?? 'PostgreSQL is not installed');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shortlist-pg-'));
  const data = path.join(dir, 'data');
  const pwfile = path.join(dir, 'pw');
  fs.writeFileSync(pwfile, SUPERUSER_PASSWORD);
  if (asPostgres) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  run(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth-local=trust', '--auth-host=scram-sha-256', `--pwfile=${pwfile}`, '--no-sync']);
  const port = await freePort();
  // Durability is not what these tests check: no fsync keeps a two-core machine quick.
  const options = `-k ${dir} -h 127.0.0.1 -p ${port} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60`;
  run(path.join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start']);

  const url = (user: string, password: string, database: string) =>
    `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  const adminUrl = (database = 'postgres') => url('postgres', SUPERUSER_PASSWORD, database);
  const admin = async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = [], database = 'postgres') => {
    const client = new pg.Client({ connectionString: adminUrl(database) });
    await client.connect();
    try {
      return (await client.query<T>(sql, params)).rows;
    } finally {
      await client.end();
    }
  };
  return {
    port,
    url,
    adminUrl,
    admin,
    async newDatabase() {
      const name = `hub_${process.pid}_${++databases}`;
      await admin(`CREATE DATABASE ${name}`);
      return name;
    },
    async newRole(prefix) {
      const user = `${prefix}_${++roles}`;
      const password = `${user}-password`;
      await admin(`CREATE ROLE ${user} LOGIN PASSWORD '${password}'`);
      return { user, password };
    },
    async stop() {
      try {
        run(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
