import { csvDelimiterNames, type CsvKind, type CsvRowOutcome } from '../../api/csv';
import type { Core } from '../../db/core';
import { checkCandidate } from './candidateRows';
import { checkClient } from './clientRows';
import { checkContact } from './contactRows';
import { checkJob } from './jobRows';
import { keepColumns, type Kept, type MadeRecord } from './kept';
import { MappedRow } from './mapping';
import type { CsvItem } from './rows';
import type { PreparedCsv } from './source';

export interface CheckOptions {
  createMissingClients: boolean;
}

/** What a kind's check says of a row: `write` creates its record through the service, and runs only in an import. */
export type RowVerdict = Exclude<CsvRowOutcome, { status: 'new' }> | { status: 'new'; newClient: string | null; write: () => MadeRecord };

/** What to do with a row: `write` creates its record and the note keeping its other columns, saying whether it made one. */
export type Verdict = Exclude<CsvRowOutcome, { status: 'new' }> | { status: 'new'; newClient: string | null; write: () => Kept };

const checks: Record<CsvKind, (core: Core, row: MappedRow, options: CheckOptions) => RowVerdict> = {
  candidates: checkCandidate,
  contacts: checkContact,
  clients: checkClient,
  jobs: checkJob,
};

/**
 * What the import does with a row read from the file, without writing anything yet. The preview
 * asks the same question of its sample, so it shows exactly what the import will do.
 */
export function verdictFor(core: Core, csv: PreparedCsv, item: CsvItem): Verdict {
  if ('unreadable' in item) return { status: 'rejected', reason: item.unreadable };
  const columns = csv.mapping.headers.length;
  if (item.cells.slice(columns).some((cell) => cell.trim() !== '')) {
    const delimiter = csvDelimiterNames[csv.delimiter];
    return {
      status: 'rejected',
      reason: `This row has ${item.cells.length} values but the header names ${columns} columns: a value with a ${delimiter} in it needs quotes around it.`,
    };
  }
  const row = new MappedRow(item.cells, csv.mapping);
  const verdict = checks[csv.kind](core, row, csv);
  if (verdict.status !== 'new') return verdict;
  return { ...verdict, write: () => keepColumns(core, csv.fileName, row, verdict.write()) };
}

/** A verdict as the contract reports it. */
export function outcome(verdict: Verdict): CsvRowOutcome {
  return verdict.status === 'new' ? { status: 'new', newClient: verdict.newClient } : verdict;
}
