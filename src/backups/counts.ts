import fs from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import Database from 'better-sqlite3';

/**
 * How many candidates each backup holds, kept in backups/<db>.candidates.json beside them (one
 * record per database: backups of several can share the folder). Counting
 * means opening the copy and reading its candidates: about 150 ms for a 400 MB copy not in the
 * disk cache, so Settings' first visit after a launch took seconds with the 39 copies rotation
 * keeps (a count kept in memory died with the thread). A backup never changes once written, so
 * its count is taken once, as the backup is taken (or the first time a copy made otherwise is
 * listed: before an import, a migration or a restore, or copied in by hand) and read back from
 * here; a file whose size or times no longer match is counted again.
 */
const recordOf = (file: string) => `${path.parse(file).name}.candidates.json`;

interface Counted {
  bytes: number;
  modified: number;
  /** The inode's change time: copy tools keep a file's modified time, none can set this one. */
  changed: number;
  candidates: number | null;
}

type Record = { [name: string]: Counted };

function readRecord(dir: string, name: string): Record {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record) : {};
  } catch {
    // None yet, or unreadable: every backup is counted again, once.
    return {};
  }
}

/** Written whole under another name, then renamed: two threads listing at once never leave half a file. */
function writeRecord(dir: string, name: string, record: Record): void {
  const partial = path.join(dir, `${name}.${process.pid}-${threadId}.tmp`);
  try {
    fs.writeFileSync(partial, JSON.stringify(record));
    fs.renameSync(partial, path.join(dir, name));
  } catch {
    // A folder that cannot be written to: the counts are taken again next time, nothing worse.
    fs.rmSync(partial, { force: true });
  }
}

function countIn(file: string, nativeBinding?: string): number | null {
  try {
    const db = new Database(file, { nativeBinding, readonly: true, fileMustExist: true });
    try {
      return db.prepare('SELECT count(*) FROM candidates WHERE deleted_at IS NULL').pluck().get() as number;
    } finally {
      db.close();
    }
  } catch {
    // A copy that cannot be read is listed all the same, without its count.
    return null;
  }
}

/**
 * The candidates in each of `backups` (of database `file`, in `dir`, with their stats), from the
 * record where it holds them, counted and recorded where not; names no longer there are dropped.
 */
export function candidateCounts(
  file: string,
  dir: string,
  backups: readonly { name: string; stat: fs.Stats }[],
  nativeBinding?: string,
): Map<string, number | null> {
  const recordName = recordOf(file);
  const record = readRecord(dir, recordName);
  let changed = false;
  const counts = new Map<string, number | null>();
  for (const { name, stat } of backups) {
    let counted = record[name];
    // To the millisecond: what every file system keeps of a time. Backups of one database are often
    // the same size, and a copy made with its time kept (cp -p, rsync -a, Finder) keeps mtime too.
    const [modified, statusChanged] = [Math.trunc(stat.mtimeMs), Math.trunc(stat.ctimeMs)];
    if (!counted || counted.bytes !== stat.size || counted.modified !== modified || counted.changed !== statusChanged) {
      counted = { bytes: stat.size, modified, changed: statusChanged, candidates: countIn(path.join(dir, name), nativeBinding) };
      record[name] = counted;
      changed = true;
    }
    counts.set(name, counted.candidates);
  }
  for (const name of Object.keys(record)) {
    if (counts.has(name)) continue;
    delete record[name];
    changed = true;
  }
  if (changed) writeRecord(dir, recordName, record);
  return counts;
}
