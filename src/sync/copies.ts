import fs from 'node:fs';
import path from 'node:path';
import type { Blobs } from '../api/sync';
import { filesDir } from '../candidates/files';
import type { Core } from '../db/core';

type FileRef = { sha256: string; storedAs: string };

/** Only a bare name inside files/: a name from the server never reaches outside it. */
const copyPath = (core: Core, storedAs: string) => (storedAs === path.basename(storedAs) ? path.join(filesDir(core), storedAs) : null);

/** `sync.lacked`: of these attached files, the ones whose copy this laptop lacks; a pull fetches their bytes. */
export function lackedCopies(core: Core, files: readonly FileRef[]): string[] {
  return [...new Set(files.filter((f) => !fs.existsSync(copyPath(core, f.storedAs) ?? '/')).map((f) => f.sha256))];
}

/** `sync.blobs`: the bytes of attached files going up for the first time (a missing copy is left out). */
export function readCopies(core: Core, files: readonly FileRef[]): Blobs {
  const blobs: Blobs = {};
  for (const { sha256, storedAs } of files) {
    const copy = copyPath(core, storedAs);
    if (copy && fs.existsSync(copy)) blobs[sha256] = fs.readFileSync(copy).toString('base64');
  }
  return blobs;
}
