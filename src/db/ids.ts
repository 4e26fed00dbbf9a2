import { getRandomValues } from 'node:crypto';
import { v7 } from 'uuid';

/** Random bytes are drawn this many ids at a time. */
const POOLED_IDS = 256;
const pool = new Uint8Array(16 * POOLED_IDS);
let used = pool.length;
let millis = -Infinity;
let sequence = 0;

/**
 * A UUIDv7, exactly as the uuid package makes one (increasing within a millisecond too), but with
 * its random bytes drawn from a pool: uuid asks the system for 16 bytes per id, and a CSV import
 * of 100,000 rows spent about 2 s of its time in those calls alone.
 */
export function newUuidV7(): string {
  if (used === pool.length) {
    getRandomValues(pool);
    used = 0;
  }
  const random = pool.subarray(used, (used += 16));
  const now = Date.now();
  if (now > millis) {
    millis = now;
    // As uuid does: a random start within the millisecond, leaving room to count up.
    sequence = ((random[6]! & 0x7f) << 24) | (random[7]! << 16) | (random[8]! << 8) | random[9]!;
  } else {
    sequence = (sequence + 1) | 0;
    if (sequence === 0) millis++;
  }
  return v7({ msecs: millis, seq: sequence, random });
}
