import type { CsvImportProgress } from '../../src/api/csv';
import { VirtualList } from '../ui/VirtualList';
import { RejectedRow } from './RejectedRow';
import { useImportRows } from './useImportRows';

const ROW_HEIGHT = 56;

/** The rows turned away, each with its line and what was wrong with it. */
export function RejectedList({ progress }: { progress: CsvImportProgress }) {
  const { rows, total, error, hasMore, loadMore } = useImportRows(progress, 'rejected');
  return (
    <section className="card csv-step" aria-labelledby="csv-rejected-title">
      <h2 className="card-title" id="csv-rejected-title">
        Rejected <span className="count">{total.toLocaleString()}</span>
      </h2>
      <p className="muted card-lead">
        Not imported. Correct these lines in the file, then import just them again: the report lists them all.
      </p>
      {error && (
        <p className="page-error" role="alert">
          {error}
        </p>
      )}
      <div className="csv-rows">
        <VirtualList
          id="csv-rejected"
          label="Rejected rows"
          items={rows}
          total={total}
          hasMore={hasMore}
          loadMore={loadMore}
          rowHeight={ROW_HEIGHT}
          head={
            <div className="csv-row-columns">
              <span>Line</span>
              <span>Why</span>
            </div>
          }
          rowKey={(row) => String(row.line)}
          renderRow={(row) => <RejectedRow row={row} />}
        />
      </div>
    </section>
  );
}
