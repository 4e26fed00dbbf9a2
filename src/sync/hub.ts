import type pg from 'pg';
import { SyncProblem } from './hubErrors';

export interface HubAddress {
  /** postgres://[user@]host[:port]/database[?sslmode=…] */
  url: string;
  /** When set, replaces the URL's user. */
  user?: string;
  /** From the keychain; without it, node-postgres reads PGPASSWORD or ~/.pgpass like psql. */
  password?: string;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/**
 * Opens a connection to the agency's PostgreSQL. TLS is required, with the server's certificate
 * checked, unless the server is this computer; a URL that turns it off for another host is refused.
 */
export async function connectHub(address: HubAddress): Promise<pg.Client> {
  let url: URL;
  try {
    url = new URL(address.url);
  } catch {
    throw new SyncProblem('address', `“${address.url}” is not an agency server address: write it as postgres://server/database.`);
  }
  if (!['postgres:', 'postgresql:'].includes(url.protocol)) {
    throw new SyncProblem('address', `“${address.url}” is not an agency server address: write it as postgres://server/database.`);
  }
  const local = LOCAL_HOSTS.has(url.hostname) || url.hostname.startsWith('/') || url.hostname === '';
  const sslmode = url.searchParams.get('sslmode');
  if (!local && (sslmode === 'disable' || sslmode === 'allow' || sslmode === 'prefer')) {
    throw new SyncProblem('tls', 'The agency server must be reached over an encrypted connection (TLS): remove sslmode from its address.');
  }
  // In the URL: node-postgres lets a connection string's (absent) user and password override the options'.
  if (address.user) url.username = encodeURIComponent(address.user);
  if (address.password !== undefined) url.password = encodeURIComponent(address.password);
  // Loaded on the first connection: the process that serves the window starts without it.
  const { default: postgres } = await import('pg');
  const client = new postgres.Client({
    connectionString: url.toString(),
    ...(!local && !sslmode ? { ssl: { rejectUnauthorized: true } } : {}),
    connectionTimeoutMillis: 5000,
    query_timeout: 60_000,
    application_name: 'Shortlist',
  });
  // A connection that drops while idle must not crash the app: the next query reports it.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
  return client;
}

/** The user this connection logs in as, for messages. */
export function hubUser(address: HubAddress): string {
  try {
    return address.user ?? decodeURIComponent(new URL(address.url).username || process.env.PGUSER || '');
  } catch {
    return address.user ?? '';
  }
}

/**
 * A connection kept between rounds: connecting and logging in (SCRAM) costs more than a whole
 * round of 100 changes, so the app's loop keeps one open and replaces it when the address, user
 * or password change, or after any failure. A round without a session connects and closes.
 */
export class HubSession {
  private client: pg.Client | undefined;
  private key = '';

  async connect(address: HubAddress): Promise<pg.Client> {
    const key = JSON.stringify([address.url, address.user, address.password]);
    if (this.client && this.key === key) return this.client;
    this.close();
    this.client = await connectHub(address);
    this.key = key;
    return this.client;
  }

  /** Drops the connection (after a failure, or when the app quits); closing is not waited for. */
  close(): void {
    const client = this.client;
    this.client = undefined;
    void client?.end().catch(() => undefined);
  }
}
