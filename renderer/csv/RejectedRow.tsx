import type { CsvRejectedRow } from '../../src/api/csv';

export function RejectedRow({ row }: { row: CsvRejectedRow }) {
  return (
    <div className="list-row csv-row-columns csv-row--static">
      <span className="csv-row-line numeric">
        <span className="sr-only">Line </span>
        {row.line}
      </span>
      <span className="csv-row-reason" title={row.reason}>
        {row.reason}
      </span>
    </div>
  );
}
