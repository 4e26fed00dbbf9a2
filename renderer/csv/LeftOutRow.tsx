import { ArrowUpRight } from 'lucide-react';
import { Link } from 'wouter';
import type { CsvDuplicateRow, CsvKind, CsvRejectedRow } from '../../src/api/csv';
import { recordPathOf } from './csvFormat';

/** A row the import left out: its line and why, and for a duplicate the record on file it opens. */
export function LeftOutRow({ kind, row }: { kind: CsvKind; row: CsvRejectedRow | CsvDuplicateRow }) {
  const lineAndReason = (
    <>
      <span className="csv-row-line numeric">
        <span className="sr-only">Line </span>
        {row.line}
      </span>
      <span className="csv-row-reason" title={row.reason}>
        {row.reason}
      </span>
    </>
  );
  if (!('existing' in row)) return <div className="list-row csv-row-columns csv-row--static">{lineAndReason}</div>;
  return (
    <Link href={recordPathOf(kind, row.existing.id)} className="list-row csv-row-columns csv-row-columns--duplicate">
      {lineAndReason}
      <span className="csv-row-existing">
        <span className="truncate">{row.existing.name}</span>
        <ArrowUpRight size={14} aria-hidden />
      </span>
    </Link>
  );
}
