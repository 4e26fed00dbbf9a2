import { createContext, useContext, useState, type ReactNode } from 'react';
import { rowsShown, type LongTable, type LongTableReport, type ReportInput } from '../../src/api/reports';
import { Button } from '../ui/Button';
import { useReports } from './reportsStore';
import { useWholeRows } from './useWholeRows';

/** A report's long table, by name: reports.rows gives its every row. */
export type TableOf = { [R in LongTableReport]: { report: R; table: LongTable<R> } }[LongTableReport];

/**
 * The filters of the report's answer on screen (those before, while the answer for new ones
 * comes): a table opened then keeps showing the rows of the figures around it.
 */
export const AnswerFilters = createContext<ReportInput | null>(null);

/**
 * The first rows of a long table, and a row offering the rest. At 100,000 candidates the funnel
 * and responsiveness tables held 800 rows each (21,000 elements, seconds to draw), and the answers
 * that carried them hundreds of KB: the answer now holds the rows shown and how many there are,
 * and "Show all" asks the core for the rest. Every row is still in the report's CSV.
 */
export function FoldedRows<T>({ of, rows, total, noun, columns, row }: { of: TableOf; rows: readonly T[]; total: number; noun: string; columns: number; row: (item: T) => ReactNode }) {
  // Open for these rows only: a new answer (another period or client) folds again, as the section
  // now stays on screen while it comes rather than being drawn afresh.
  const [openFor, setOpenFor] = useState<readonly T[] | null>(null);
  // A saved PDF holds every row, as the CSV does.
  const printing = useReports((s) => s.printing);
  const chosen = useReports((s) => s.filters);
  const filters = useContext(AnswerFilters) ?? chosen;
  const wanted = (openFor === rows || printing) && rows.length < total;
  const all = useWholeRows(wanted ? { ...of, filters } : null, printing);
  // The rows of this table: the method's answer is typed as any long table's.
  const whole = all.rows as readonly T[] | undefined;
  const shown = whole ?? rows.slice(0, rowsShown);
  const { coming, error } = all;
  const label = `${total.toLocaleString()} ${noun}`;
  return (
    <>
      {shown.map(row)}
      {shown.length < total && (
        // On paper (the browser's own Print, which cannot wait for the rest) it says what is left out.
        <tr className={printing ? 'folded-rows' : 'folded-rows no-print'} data-rows-coming={coming || undefined}>
          <td colSpan={columns}>
            {printing ? (
              <span className="muted">
                {shown.length} of {label} here; the report’s CSV has them all.
              </span>
            ) : (
              <Button variant="ghost" aria-busy={coming || undefined} onClick={() => (error ? all.retry() : coming || setOpenFor(rows))}>
                {coming ? `Loading all ${label}…` : `Show all ${label}`}
              </Button>
            )}
            {error && (
              <span className="page-error" role="alert">
                {' '}
                The rest could not be loaded: {error.message}
              </span>
            )}
          </td>
        </tr>
      )}
    </>
  );
}
