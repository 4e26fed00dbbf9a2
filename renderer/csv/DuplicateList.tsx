import type { CsvImportProgress, CsvKind } from '../../src/api/csv';
import { VirtualList } from '../ui/VirtualList';
import { DuplicateRow } from './DuplicateRow';
import { useImportRows } from './useImportRows';

const ROW_HEIGHT = 48;

/** The rows already on file, each opening the record it matched. */
export function DuplicateList({ kind, progress }: { kind: CsvKind; progress: CsvImportProgress }) {
  const { rows, total, error, hasMore, loadMore } = useImportRows(progress, 'duplicates');
  return (
    <section className="card csv-step" aria-labelledby="csv-duplicates-title">
      <h2 className="card-title" id="csv-duplicates-title">
        Duplicates <span className="count">{total.toLocaleString()}</span>
      </h2>
      <p className="muted card-lead">Already on file, so not imported again. Open a record to add what the file knows about them.</p>
      {error && (
        <p className="page-error" role="alert">
          {error}
        </p>
      )}
      <div className="csv-rows">
        <VirtualList
          id="csv-duplicates"
          label="Duplicates"
          items={rows}
          total={total}
          hasMore={hasMore}
          loadMore={loadMore}
          rowHeight={ROW_HEIGHT}
          head={
            <div className="csv-row-columns csv-row-columns--duplicate">
              <span>Line</span>
              <span>Why</span>
              <span>On file</span>
            </div>
          }
          rowKey={(row) => String(row.line)}
          renderRow={(row) => <DuplicateRow kind={kind} row={row} />}
        />
      </div>
    </section>
  );
}
