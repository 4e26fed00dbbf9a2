// A process importing a CSV file with its rows read on a thread of their own, killed by
// tests/core/csv-reading-thread-kill.test.ts. It says how many rows were accepted after each chunk.
import { openDatabase } from '../../../src/db/open';
import { useThreadEntry } from '../../../src/sharing/csv/checkedRows';
import { runImport } from '../../../src/sharing/csv/importer';
import { prepareCsv, readCsvFile } from '../../../src/sharing/csv/source';

const [file, csvFile, workerEntry] = process.argv.slice(2) as [string, string, string];
// This child is a bundle of its own: the core's worker script (which runs the reader) is named for it.
useThreadEntry(workerEntry);
const core = await openDatabase(file);
const csv = prepareCsv(readCsvFile(csvFile), { kind: 'candidates', encoding: null, delimiter: null, mapping: null, createMissingClients: true });
process.stdout.write('started\n');
await runImport(core, csv, {
  readingThread: 'own',
  onProgress: ({ accepted }) => process.stdout.write(`accepted ${accepted}\n`),
});
process.stdout.write('done\n');
