import { useCallback } from 'react';
import type { CsvDuplicateRow, CsvImportProgress, CsvKind, CsvRejectedRow } from '../../src/api/csv';
import { VirtualList } from '../ui/VirtualList';
import { LeftOutRow } from './LeftOutRow';
import { useImportRows } from './useImportRows';

const lists = {
  duplicates: {
    title: 'Duplicates',
    label: 'Duplicates',
    lead: 'Already on file, so not imported again. Open a record to add what the file knows about them.',
    columns: ['Line', 'Why', 'On file'],
    columnsClass: 'csv-row-columns csv-row-columns--duplicate',
    rowHeight: 48,
  },
  rejected: {
    title: 'Rejected',
    label: 'Rejected rows',
    lead: 'Not imported. Correct these lines in the file, then import just them again: the report lists them all.',
    columns: ['Line', 'Why'],
    columnsClass: 'csv-row-columns',
    rowHeight: 56,
  },
} as const;

/**
 * The rows an import left out, by line: the duplicates, each opening the record it matched, or the
 * rejected, each with what was wrong with it.
 */
export function LeftOutList({ which, kind, progress }: { which: keyof typeof lists; kind: CsvKind; progress: CsvImportProgress }) {
  const { title, label, lead, columns, columnsClass, rowHeight } = lists[which];
  const { rows, total, error, hasMore, loadMore } = useImportRows(progress, which);
  // The same function every render (see VirtualList's renderRow).
  const renderRow = useCallback((row: CsvRejectedRow | CsvDuplicateRow) => <LeftOutRow kind={kind} row={row} />, [kind]);
  return (
    <section className="card csv-step" aria-labelledby={`csv-${which}-title`}>
      <h2 className="card-title" id={`csv-${which}-title`}>
        {title} <span className="count">{total.toLocaleString()}</span>
      </h2>
      <p className="muted card-lead">{lead}</p>
      {error && (
        <p className="page-error" role="alert">
          {error}
        </p>
      )}
      <div className="csv-rows">
        <VirtualList
          id={`csv-${which}`}
          label={label}
          items={rows}
          total={total}
          hasMore={hasMore}
          loadMore={loadMore}
          rowHeight={rowHeight}
          head={
            <div className={columnsClass}>
              {columns.map((column) => (
                <span key={column}>{column}</span>
              ))}
            </div>
          }
          rowKey={(row) => String(row.line)}
          renderRow={renderRow}
        />
      </div>
    </section>
  );
}
