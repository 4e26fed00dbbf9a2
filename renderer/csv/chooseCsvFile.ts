import { MAX_CSV_BYTES } from '../../src/api/csv';
import { call } from '../api/client';
import { formatSize } from '../candidates/candidateFormat';
import { setCsvSource } from './csvImportStore';

/**
 * The browser preview sends the file's contents inside one request of at most 5 MB, and base64
 * takes a third more room: what is left is about 3.7 MB of CSV. The desktop app reads the file
 * itself, up to the core's own limit.
 */
const MAX_BROWSER_CSV_BYTES = Math.floor(3.7 * 1024 * 1024);

/** The desktop app's open dialog can hand the core a path; the browser preview has only the file's contents. */
export const choosesByPath = () => window.shortlist !== undefined;

const baseName = (path: string) => path.split(/[\\/]/).pop() || path;

/** The desktop app's open dialog; the core reads the file itself, so a large one never crosses as base64. */
export async function chooseCsvPath(): Promise<void> {
  const { path } = await call('desktop.chooseFile', { purpose: 'csv' });
  if (path) setCsvSource({ name: baseName(path), path });
}

/** A file picked in the browser preview, read whole; rejects with what to do when it is too large. */
export async function takeCsvFile(file: File): Promise<void> {
  if (file.size === 0) throw new Error(`“${file.name}” is empty: a CSV file needs a header row, then a row per record.`);
  if (file.size > MAX_BROWSER_CSV_BYTES) {
    throw new Error(
      `“${file.name}” is ${formatSize(file.size)}, and the browser preview can read CSV files up to 3.7 MB. ` +
        `Import it in the Shortlist desktop app, which reads files up to ${formatSize(MAX_CSV_BYTES)}, or split it in two.`,
    );
  }
  setCsvSource({ name: file.name, size: file.size, dataBase64: await readAsBase64(file) });
}

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = reader.result as string;
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(new Error(`“${file.name}” could not be read from disk.`));
    reader.readAsDataURL(file);
  });
}
