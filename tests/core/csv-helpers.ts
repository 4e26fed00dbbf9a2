import type { Input } from '../../src/api/contract';
import type { CsvImportProgress } from '../../src/api/csv';
import { addCandidate } from '../../src/candidates/candidates';
import type { TestApp } from './helpers';

export const base64 = (data: string | Uint8Array) => Buffer.from(data).toString('base64');

/** The import's input without the file, for each kind of record. */
type ImportOptions = Input<'csv.import'> extends infer I ? (I extends unknown ? Omit<I, 'dataBase64'> : never) : never;

/** Imports a CSV file through the contract, as the window does, and waits for the background job to finish. */
export async function importCsv(app: TestApp, csv: string | Uint8Array, options: ImportOptions): Promise<CsvImportProgress> {
  const { jobId } = app.call('csv.import', { ...options, dataBase64: base64(csv) } as Input<'csv.import'>);
  await app.core.background.settled();
  return app.call('csv.progress', { jobId });
}

/** The preview of a CSV file, as the window asks for it. */
export function previewCsv(app: TestApp, csv: string | Uint8Array, options: ImportOptions) {
  return app.call('csv.preview', { ...options, dataBase64: base64(csv) } as Input<'csv.preview'>);
}

/** Windows-1252 bytes for text with the characters a recruiter's spreadsheet has (Node cannot encode it). */
export function windows1252(text: string): Buffer {
  const special: Record<string, number> = { '€': 0x80, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96 };
  return Buffer.from(
    [...text].map((c) => {
      const byte = special[c] ?? c.charCodeAt(0);
      if (byte > 0xff) throw new Error(`${c} is not in Windows-1252`);
      return byte;
    }),
  );
}

/**
 * Candidates written as an import's chunks write them, in one transaction: queued for the search
 * index, not yet in it. Named `<name> <n>`, with an email each and one skill.
 */
export function candidatesAsChunksWrite(app: TestApp, count: number, name: string, skill: string): void {
  app.core.db.transaction(() => {
    for (let n = 0; n < count; n++) {
      addCandidate(app.core, {
        name: `${name} ${n}`,
        emails: [`${name.toLowerCase().replace(/\W/g, '')}${n}@example.com`],
        phones: [],
        location: null,
        currentTitle: 'Analyst',
        currentEmployer: null,
        skills: [skill],
        source: null,
        salaryExpectation: null,
        availability: null,
        workAuthorisation: null,
        links: [],
        owner: null,
        consent: null,
        screening: { whyLooking: null, careerProgression: null, certifications: null, commute: null, salary: null },
      });
    }
  })();
}
