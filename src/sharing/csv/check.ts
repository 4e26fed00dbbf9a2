import { csvDelimiterNames, type CsvDelimiter, type CsvKind, type CsvRowOutcome } from '../../api/csv';
import type { Core } from '../../db/core';
import { candidateRows } from './candidateRows';
import { clientRows } from './clientRows';
import { contactRows } from './contactRows';
import { jobRows } from './jobRows';
import { keepColumns, type Kept, type MadeRecord } from './kept';
import { MappedRow, type KeptValue, type Mapping } from './mapping';
import { isRejected, type Rejected } from './reasons';
import type { CsvItem } from './rows';
import type { PreparedCsv } from './source';

export interface CheckOptions {
  createMissingClients: boolean;
}

/** What a kind's check says of a row: `write` creates its record through the service, and runs only in an import. */
export type RowVerdict = Exclude<CsvRowOutcome, { status: 'new' }> | { status: 'new'; newClient: string | null; write: () => MadeRecord };

/** What to do with a row: `write` creates its record and the note keeping its other columns, saying whether it made one. */
export type Verdict =
  | Exclude<CsvRowOutcome, { status: 'new' }>
  | { status: 'new'; newClient: string | null; noted: readonly KeptValue[]; write: () => Kept };

/**
 * A kind of record's rules for a row, in two halves: `read` checks the row alone by the form's
 * rules and never touches the database, so it can run on a thread of its own beside the writing
 * (pipeline.ts); `settle` asks the database (a duplicate, the client named) and says how to write it.
 */
export interface RowKind<Checked> {
  read(row: MappedRow): Checked | Rejected;
  settle(core: Core, checked: Checked, options: CheckOptions): RowVerdict;
  /** Values the row read but could not use (a country it cannot tell), kept in the note with the other columns. */
  keep?(checked: Checked): KeptValue[];
}

const rowKinds: Record<CsvKind, RowKind<unknown>> = {
  candidates: candidateRows,
  contacts: contactRows,
  clients: clientRows,
  jobs: jobRows,
};

/**
 * A row read and checked by the form's rules, waiting for the database's word: plain data, which
 * structured cloning passes from one thread to another unchanged. `kept`: the values of the
 * columns kept as a note or tags.
 */
export type CheckedItem = { line: number; rejected: string } | { line: number; checked: unknown; kept: KeptValue[] };

/** The first half of a row's verdict: the file's own rules, then the form's. Never touches the database. */
export function checkItem(mapping: Mapping, delimiter: CsvDelimiter, item: CsvItem): CheckedItem {
  const { line } = item;
  if ('unreadable' in item) return { line, rejected: item.unreadable };
  const columns = mapping.headers.length;
  if (item.cells.length > columns && item.cells.slice(columns).some((cell) => cell.trim() !== '')) {
    return {
      line,
      rejected: `This row has ${item.cells.length} values but the header names ${columns} columns: a value with a ${csvDelimiterNames[delimiter]} in it needs quotes around it.`,
    };
  }
  const row = new MappedRow(item.cells, mapping);
  const kind = rowKinds[mapping.kind];
  const checked = kind.read(row);
  if (isRejected(checked)) return { line, rejected: checked.reason };
  return { line, checked, kept: [...row.keptValues(), ...(kind.keep?.(checked) ?? [])] };
}

/** The second half: what the database says of a checked row, and how to write it with the note keeping its other columns. */
export function settle(core: Core, csv: PreparedCsv, item: CheckedItem): Verdict {
  if ('rejected' in item) return { status: 'rejected', reason: item.rejected };
  const verdict = rowKinds[csv.kind].settle(core, item.checked, csv);
  if (verdict.status !== 'new') return verdict;
  const noted = rowKinds[csv.kind].keep?.(item.checked) ?? [];
  return { ...verdict, noted, write: () => keepColumns(core, csv.fileName, item.kept, verdict.write()) };
}

/**
 * What the import does with a row read from the file, without writing anything yet. The preview
 * asks the same question of its sample, so it shows exactly what the import will do.
 */
export function verdictFor(core: Core, csv: PreparedCsv, item: CsvItem): Verdict {
  return settle(core, csv, checkItem(csv.mapping, csv.delimiter, item));
}

/** A verdict as the contract reports it. */
export function outcome(verdict: Verdict): CsvRowOutcome {
  if (verdict.status !== 'new') return verdict;
  const noted = verdict.noted.map(({ column, text }) => `${column}: ${text}`);
  return { status: 'new', newClient: verdict.newClient, ...(noted.length > 0 && { noted }) };
}
