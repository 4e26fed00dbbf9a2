import { csvDelimiterNames, type CsvKind, type CsvRowOutcome } from '../../api/csv';
import type { Core } from '../../db/core';
import { checkCandidate } from './candidateRows';
import { checkClient } from './clientRows';
import { checkContact } from './contactRows';
import { MappedRow } from './mapping';
import type { CsvItem } from './rows';
import type { PreparedCsv } from './source';

export interface CheckOptions {
  createMissingClients: boolean;
}

/** What to do with a row: `write` creates its record through the service, and runs only in an import. */
export type Verdict = Exclude<CsvRowOutcome, { status: 'new' }> | { status: 'new'; newClient: string | null; write: () => void };

const checks: Record<CsvKind, (core: Core, row: MappedRow, options: CheckOptions) => Verdict> = {
  candidates: checkCandidate,
  contacts: checkContact,
  clients: checkClient,
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
  return checks[csv.kind](core, new MappedRow(item.cells, csv.mapping), csv);
}

/** A verdict as the contract reports it. */
export function outcome(verdict: Verdict): CsvRowOutcome {
  return verdict.status === 'new' ? { status: 'new', newClient: verdict.newClient } : verdict;
}
