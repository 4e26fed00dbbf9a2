import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '../db/core';
import { statement } from '../db/statements';
import { filesDir } from './files';

/**
 * Removes the copies in files/ that no `files` row names, live or in the trash: what an import, a
 * sync or an attachment killed before its transaction committed leaves behind (copies are written
 * first, inside the call, and their rows roll back), and half-written `.partial` files. It runs
 * holding the write lock, and every copy is written by a call holding it too, so a copy that
 * another program is attaching at this moment (its row not committed yet) is never taken.
 */
export function removeOrphanCopies(core: Core): number {
  const dir = filesDir(core);
  if (!fs.existsSync(dir)) return 0;
  // files/ belongs to the folder, not to one database: with another database beside this one
  // (a copy, a colleague's, a demo), a copy this one does not name may be that one's.
  if (otherDatabasesBeside(core.file)) return 0;
  return core.db
    .transaction(() => {
      const named = new Set(statement(core.db, 'SELECT stored_as FROM files').pluck().all() as string[]);
      let removed = 0;
      for (const name of fs.readdirSync(dir)) {
        if (named.has(name)) continue;
        fs.rmSync(path.join(dir, name), { force: true, recursive: true });
        removed++;
      }
      if (removed > 0) console.warn(`[shortlist] removed ${removed} copies from ${dir} that no attached file names (left by work that was stopped)`);
      return removed;
    })
    .immediate();
}

function otherDatabasesBeside(file: string): boolean {
  const own = path.basename(file);
  return fs.readdirSync(path.dirname(file)).some((name) => name !== own && /\.(db|sqlite3?)$/i.test(name));
}
