import { create } from 'zustand';
import type { CsvDelimiter, CsvEncoding, CsvFileInput, CsvImportProgress, CsvKind, CsvTarget } from '../../src/api/csv';

/** The file chosen: its path in the desktop app, its contents in the browser preview (which cannot see paths). */
export type CsvSource = { id: number; name: string } & CsvFile;
type CsvFile = { path: string } | { size: number; dataBase64: string };

/** The import under way or last finished, and the file it came from. */
export interface CsvImportJob {
  id: string;
  kind: CsvKind;
  fileName: string;
}

interface CsvImportState {
  source: CsvSource | null;
  /** Null: let the core find it out from the file. */
  encoding: CsvEncoding | null;
  delimiter: CsvDelimiter | null;
  /** The recruiter's own mapping, for one kind of record; null: the one suggested from the headers. */
  mapping: { kind: CsvKind; fields: (CsvTarget | null)[] } | null;
  createMissingClients: boolean;
  /** Kept while the recruiter is on other pages, so coming back shows how the import is going. */
  job: CsvImportJob | null;
  /** The latest answer of csv.progress for the job. */
  progress: CsvImportProgress | null;
  /** Why the job can no longer be followed (the core forgot it, or stopped answering). */
  lost: string | null;
  cancelling: boolean;
  /** Whether the import page is on screen; if not, the end of an import is announced with a toast. */
  pageOpen: boolean;
}

const noFile = {
  source: null,
  encoding: null,
  delimiter: null,
  mapping: null,
  createMissingClients: true,
} satisfies Partial<CsvImportState>;

export const useCsvImport = create<CsvImportState>(() => ({
  ...noFile,
  job: null,
  progress: null,
  lost: null,
  cancelling: false,
  pageOpen: false,
}));

let nextSource = 1;

/** A new file starts with everything found out afresh from it. */
export const setCsvSource = (source: { name: string } & CsvFile) =>
  useCsvImport.setState({ ...noFile, source: { ...source, id: nextSource++ } });
/** A different encoding reads the same columns (the mapping stays); a different delimiter makes new ones. */
export const setCsvEncoding = (encoding: CsvEncoding) => useCsvImport.setState({ encoding });
export const setCsvDelimiter = (delimiter: CsvDelimiter) => useCsvImport.setState({ delimiter, mapping: null });
export const setCsvMapping = (kind: CsvKind, fields: (CsvTarget | null)[]) => useCsvImport.setState({ mapping: { kind, fields } });
export const resetCsvMapping = () => useCsvImport.setState({ mapping: null });
export const setCreateMissingClients = (createMissingClients: boolean) => useCsvImport.setState({ createMissingClients });
export const setCsvImportPageOpen = (pageOpen: boolean) => useCsvImport.setState({ pageOpen });
/** The import has started: the file's choices are done with, the job is followed from now on. */
export const beginCsvJob = (job: CsvImportJob) =>
  useCsvImport.setState({ ...noFile, job, progress: null, lost: null, cancelling: false });
/** Back to the first step, for the next file. */
export const startOver = () => useCsvImport.setState({ ...noFile, job: null, progress: null, lost: null, cancelling: false });

/** What the core is asked to preview or import: the file, how to read it, and which column is what. */
export function csvFileInput(kind: CsvKind, state: CsvImportState): CsvFileInput | null {
  const { source, encoding, delimiter, mapping, createMissingClients } = state;
  if (!source) return null;
  const file = 'path' in source ? { path: source.path } : { dataBase64: source.dataBase64 };
  const fields = mapping?.kind === kind ? mapping.fields : null;
  // The name goes with the file, for the note that keeps its columns that are not fields.
  const input = { kind, ...file, fileName: source.name, encoding, delimiter, mapping: fields };
  return (kind === 'contacts' || kind === 'jobs' ? { ...input, createMissingClients } : input) as CsvFileInput;
}
