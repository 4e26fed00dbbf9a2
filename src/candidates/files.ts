import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { MAX_FILE_BYTES, type CandidateFile } from '../api/candidates';
import type { ParsedInput } from '../api/contract';
import { ApiError } from '../api/errors';
import type { Core } from '../db/core';
import { insertRecord, setDeleted, updateRecord, type Entity } from '../db/records';
import { statement } from '../db/statements';
import { catchUpSearchIndex } from '../search/searchIndex';
import { getCandidate } from './candidates';
import { extractText, plainText, resumeFormat } from './resumeText';

export const fileEntity: Entity = {
  table: 'files',
  fields: ['candidate_id', 'name', 'mime_type', 'size', 'sha256', 'stored_as', 'text'],
};

interface FileRow {
  id: string;
  candidate_id: string;
  name: string;
  mime_type: string;
  size: number;
  stored_as: string;
  text: string | null;
  created_at: string;
  deleted_at: string | null;
}

const toFile = (row: FileRow): CandidateFile => ({
  id: row.id,
  candidateId: row.candidate_id,
  name: row.name,
  mimeType: row.mime_type,
  size: row.size,
  hasText: Boolean(row.text),
  createdAt: row.created_at,
});

/** Attached files are copied into files/ beside the database, named by their content. */
export function filesDir(core: Core): string {
  return path.join(path.dirname(core.file), 'files');
}

/**
 * The name a file's copy has in files/: its content's sha256 and the (cleaned) extension of its
 * own name, so the system opens the copy as what the file says it is. Imports hold every
 * attached file to this same rule (src/sharing/exportFile.ts).
 */
export function storedName(sha256: string, name: string): string {
  return `${sha256}${path.extname(name).toLowerCase().replace(/[^.a-z0-9]/g, '').slice(0, 10)}`;
}

/**
 * Copies a file into the app's data folder and attaches it to the candidate. A plain-text
 * resume is searchable at once; a PDF or Word file is read right after, in the background, so a
 * large one never holds up the window.
 */
export function attachFile(core: Core, input: ParsedInput<'files.attach'>): CandidateFile {
  try {
    getCandidate(core, input.candidateId);
  } catch {
    throw new ApiError('invalid_input', 'Choose a candidate who exists and is not in the trash.', 'candidateId');
  }
  const bytes = Buffer.from(input.dataBase64, 'base64');
  if (bytes.length === 0) throw new ApiError('invalid_input', `${input.name} is empty.`, 'dataBase64');
  if (bytes.length > MAX_FILE_BYTES) throw new ApiError('invalid_input', 'Files can be at most 15 MB.', 'dataBase64');

  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  const storedAs = storedName(sha256, input.name);
  storeFileCopy(core, storedAs, bytes);
  const format = resumeFormat(input.mimeType, input.name);
  const id = insertRecord(core, fileEntity, {
    candidate_id: input.candidateId,
    name: input.name,
    mime_type: input.mimeType,
    size: bytes.length,
    sha256,
    stored_as: storedAs,
    text: format === 'text' ? plainText(bytes) : null,
  });
  if (format !== 'pdf' && format !== 'docx') return getFile(core, id);
  core.background.run(async () => {
    // A file that cannot be read stays attached, without words to find it by.
    const text = await extractText(bytes, format).catch((error: unknown) => {
      console.warn(`[shortlist] could not read the text of ${input.name}:`, error);
      return null;
    });
    if (!text) return;
    core.db
      .transaction(() => {
        updateRecord(core, fileEntity, id, { text });
        catchUpSearchIndex(core);
      })
      .immediate();
  });
  return getFile(core, id);
}

/** Puts a file's bytes into files/ under the name it is stored as, unless a copy is already there. */
export function storeFileCopy(core: Core, storedAs: string, bytes: Buffer): void {
  const target = path.join(filesDir(core), storedAs);
  if (fs.existsSync(target)) return;
  fs.mkdirSync(filesDir(core), { recursive: true });
  // Write beside, then rename: a crash never leaves half a file under the final name.
  fs.writeFileSync(`${target}.partial`, bytes);
  fs.renameSync(`${target}.partial`, target);
}

function findRow(core: Core, id: string): FileRow | undefined {
  return statement(core.db, 'SELECT * FROM files WHERE id = ?').get(id) as FileRow | undefined;
}

export function getFile(core: Core, id: string): CandidateFile {
  const row = findRow(core, id);
  if (!row || row.deleted_at !== null) throw new ApiError('not_found', 'This file does not exist or is in the trash.');
  return toFile(row);
}

/** Where a live file's copy is on disk, for opening it with the system's viewer. */
export function filePath(core: Core, id: string): { path: string; name: string; mimeType: string } {
  const row = findRow(core, id);
  if (!row || row.deleted_at !== null) throw new ApiError('not_found', 'This file does not exist or is in the trash.');
  return { path: path.join(filesDir(core), row.stored_as), name: row.name, mimeType: row.mime_type };
}

export function candidateFiles(core: Core, candidateId: string): CandidateFile[] {
  return (
    statement(core.db, 'SELECT * FROM files WHERE candidate_id = ? AND deleted_at IS NULL ORDER BY created_hlc DESC').all(
      candidateId,
    ) as FileRow[]
  ).map(toFile);
}

export function deleteFile(core: Core, id: string): void {
  getFile(core, id);
  setDeleted(core, fileEntity, id, true);
}

export function restoreFile(core: Core, id: string): void {
  const row = findRow(core, id);
  if (!row || row.deleted_at === null) throw new ApiError('not_found', 'This file is not in the trash.');
  setDeleted(core, fileEntity, id, false);
}
