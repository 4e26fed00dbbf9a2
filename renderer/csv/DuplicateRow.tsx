import { ArrowUpRight } from 'lucide-react';
import { Link } from 'wouter';
import type { CsvDuplicateRow, CsvKind } from '../../src/api/csv';
import { recordPathOf } from './csvFormat';

export function DuplicateRow({ kind, row }: { kind: CsvKind; row: CsvDuplicateRow }) {
  return (
    <Link href={recordPathOf(kind, row.existing.id)} className="list-row csv-row-columns csv-row-columns--duplicate">
      <span className="csv-row-line numeric">
        <span className="sr-only">Line </span>
        {row.line}
      </span>
      <span className="csv-row-reason" title={row.reason}>
        {row.reason}
      </span>
      <span className="csv-row-existing">
        <span className="truncate">{row.existing.name}</span>
        <ArrowUpRight size={14} aria-hidden />
      </span>
    </Link>
  );
}
