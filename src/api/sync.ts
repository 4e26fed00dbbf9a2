import { z } from 'zod';
import type { ClockAhead, Conflict, LikelyDuplicate, TableChanges } from './sharing';

/**
 * Live sync through the agency's PostgreSQL (the hub). The network is the host's (the desktop
 * app's main process, the preview server, the CLI): it runs a round (src/sync/round.ts) that asks
 * the core for what to push and gives it what it pulled, through these methods. `sync.now` is
 * answered by the host itself; the core refuses it.
 */

/** An entry of a row's change log (src/db/records.ts). */
interface ChangeEntry {
  field: string;
  hlc: string;
  value: string | null;
  device_id: string;
}

/*
 * A pulled row's columns and change log are checked by hand, as strictly as zod's objects,
 * unions and records would: checked by zod, column by column, they cost a third of merging a
 * batch of 2,000 rows.
 */
const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isSqlValue = (value: unknown) => value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
const changeKeys = ['field', 'hlc', 'value', 'device_id'];
const isChangeEntry = (value: unknown) =>
  isPlainObject(value) &&
  Object.keys(value).length === changeKeys.length &&
  typeof value.field === 'string' &&
  typeof value.hlc === 'string' &&
  (value.value === null || typeof value.value === 'string') &&
  typeof value.device_id === 'string';
const RowValues = z.custom<Record<string, string | number | null>>(
  (value) => isPlainObject(value) && Object.values(value).every(isSqlValue),
  'Expected a row: each column a text, a number or empty',
);
const ChangeLog = z.custom<ChangeEntry[]>(
  (value) => Array.isArray(value) && value.every(isChangeEntry),
  'Expected a change log: each entry a field, a clock stamp, a value (text or empty) and a device',
);

/** One row as one laptop pushed it: its columns and its change log. */
export const HubVersion = z.strictObject({
  seq: z.number().int(),
  deviceId: z.string(),
  entity: z.string(),
  row: RowValues,
  changes: ChangeLog,
});
export type HubVersion = z.infer<typeof HubVersion>;

/** A row going up: what the hub stores, and the digest that makes pushing it twice change nothing. */
export interface OutgoingVersion {
  entity: string;
  rowId: string;
  digest: string;
  row: Record<string, string | number | null>;
  changes: ChangeEntry[];
  /** Whose personal data it is: an erasure removes it from the hub too. */
  candidateId: string | null;
  /** An attached file's content hash: its bytes go up once. */
  sha256: string | null;
}

export const SyncBeginInput = z.strictObject({ hubId: z.string().min(1) });
export interface SyncBegun {
  deviceId: string;
  deviceName: string;
  person: string | null;
  /** The last hub sequence number this laptop has merged. */
  pulledThrough: number;
}

export const SyncOutgoingInput = z.strictObject({ limit: z.number().int().min(1).max(10_000).default(2000) });
export interface SyncOutgoing {
  versions: OutgoingVersion[];
  /** Rows still waiting to go up, these included. */
  waiting: number;
}

export const SyncSentInput = z.strictObject({
  versions: z.array(z.strictObject({ entity: z.string(), rowId: z.string(), digest: z.string() })),
});

export const SyncLackedInput = z.strictObject({ files: z.array(z.strictObject({ sha256: z.string(), storedAs: z.string() })) });
/** Attached files' bytes, base64, by content hash. */
export type Blobs = Record<string, string>;

export const SyncMergeInput = z.strictObject({
  versions: z.array(HubVersion),
  devices: z.array(z.strictObject({ id: z.string(), name: z.string(), person: z.string().nullable(), seen_at: z.string() })),
  blobs: z.record(z.string(), z.string()),
  /** The hub sequence number this batch reaches: where the next pull starts. */
  through: z.number().int(),
});

/** What merging a pulled batch did: the same account as an import's. */
export interface SyncMerged {
  pulled: number;
  tables: TableChanges[];
  erased: number;
  filesRestored: number;
  conflicts: Conflict[];
  likelyDuplicates: LikelyDuplicate[];
  /** A laptop whose clock is far ahead of this one's stamped some of it; null when none did. */
  clockAhead: ClockAhead | null;
}

export const SyncRecordInput = z.strictObject({
  outcome: z.enum(['synced', 'offline', 'problem']),
  /** For a problem: what went wrong, in words a recruiter can act on. */
  problem: z.string().optional(),
});

export const SyncSettingsInput = z.strictObject({
  /** postgres://host[:port]/database, or empty to stop syncing. */
  address: z.string().trim().max(500),
  user: z.string().trim().max(100),
});

/** Kept by the desktop shell in the system's keychain; an empty one forgets it. */
export const SyncPasswordInput = z.strictObject({ password: z.string().max(500) });

export const SyncPauseInput = z.strictObject({ paused: z.boolean() });

/** What the sidebar shows, always. */
export interface SyncStatus {
  /** False until an address and a user are set in Settings → Agency sync. */
  configured: boolean;
  address: string | null;
  user: string | null;
  paused: boolean;
  /** The last sync that went through. */
  syncedAt: string | null;
  /** Rows changed here that have not gone up yet. */
  waiting: number;
  /** The server could not be reached at the last try: work queues and goes up later. */
  offline: boolean;
  /** What went wrong at the last try, in words a recruiter can act on; null when it went through or was offline. */
  problem: string | null;
  /** A colleague's laptop whose clock is far ahead, while its stamps still are (src/sharing/clockAhead.ts). */
  clockAhead: ClockAhead | null;
}

/** One sync round, as `shortlist sync` prints it and Sync now shows it. */
export interface SyncSummary extends Omit<SyncMerged, 'pulled'> {
  pushed: number;
  pulled: number;
  status: SyncStatus;
}
