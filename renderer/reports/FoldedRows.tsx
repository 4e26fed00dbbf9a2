import { useState, type ReactNode } from 'react';
import { Button } from '../ui/Button';
import { useReports } from './reportsStore';

/** How many rows a report's long table shows before the recruiter asks for the rest. */
export const ROWS_SHOWN = 25;

/**
 * The first rows of a long table, and a row offering the rest. At 100,000 candidates the funnel
 * and responsiveness tables held 800 rows each (21,000 elements, seconds to draw); every row is
 * still in the report's CSV.
 */
export function FoldedRows<T>({ items, noun, columns, row }: { items: readonly T[]; noun: string; columns: number; row: (item: T) => ReactNode }) {
  // Open for these rows only: a new answer (another period or client) folds again, as the section
  // now stays on screen while it comes rather than being drawn afresh.
  const [openFor, setOpenFor] = useState<readonly T[] | null>(null);
  const open = openFor === items;
  // A saved PDF holds every row, as the CSV does.
  const printing = useReports((s) => s.printing);
  const shown = open || printing ? items : items.slice(0, ROWS_SHOWN);
  return (
    <>
      {shown.map(row)}
      {shown.length < items.length && (
        <tr className="no-print">
          <td colSpan={columns}>
            <Button variant="ghost" onClick={() => setOpenFor(items)}>
              Show all {items.length.toLocaleString()} {noun}
            </Button>
          </td>
        </tr>
      )}
    </>
  );
}
