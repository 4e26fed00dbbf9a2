import { csvTargetLabel, type CsvKind, type CsvPreview } from '../../src/api/csv';
import { counted } from './csvFormat';
import { RowOutcome } from './RowOutcome';

/**
 * The first rows as the core read them, in the columns that will be imported, each with what the
 * import will do with it. This is where a wrong encoding shows: the accents in the names.
 */
export function SampleRows({ kind, preview }: { kind: CsvKind; preview: CsvPreview }) {
  const mapped = preview.mapping.flatMap((field, column) => (field ? [column] : []));
  const columns = mapped.length > 0 ? mapped : preview.headers.map((_, column) => column);
  const count = (status: string) => preview.sample.filter((row) => row.outcome.status === status).length;

  if (preview.sample.length === 0) {
    return <p className="muted">The file has its header row but no rows under it: there is nothing to import.</p>;
  }
  return (
    <div className="csv-sample">
      <div className="csv-section-head">
        <h3 className="csv-subtitle">
          The first {counted(preview.sample.length, 'row')}
        </h3>
        <p className="csv-tally">
          <span className="csv-tally-item csv-tally-item--new">{count('new')} new</span>
          <span className="csv-tally-item csv-tally-item--duplicate">{counted(count('duplicate'), 'duplicate')}</span>
          <span className="csv-tally-item csv-tally-item--rejected">{count('rejected')} rejected</span>
        </p>
      </div>
      <div className="csv-table-frame csv-table-frame--wide">
        <table className="csv-table csv-sample-table">
          <thead>
            <tr>
              <th scope="col" className="csv-line">
                Line
              </th>
              <th scope="col" className="csv-outcome-col">
                What the import does
              </th>
              {columns.map((column) => {
                const field = preview.mapping[column];
                const header = preview.headers[column] || `Column ${column + 1}`;
                return (
                  <th scope="col" key={column}>
                    {header}
                    {field && csvTargetLabel(field) !== header && <span className="csv-th-field">{csvTargetLabel(field)}</span>}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {preview.sample.map((row) => (
              <tr key={row.line} className={`csv-sample-row csv-sample-row--${row.outcome.status}`}>
                <td className="csv-line numeric">{row.line}</td>
                <td className="csv-outcome-col">
                  <RowOutcome kind={kind} outcome={row.outcome} />
                </td>
                {columns.map((column) => (
                  <td key={column} className="csv-cell">
                    <span className="csv-cell-text">{row.cells[column]}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">Rows that repeat one another within the file are found during the import itself.</p>
    </div>
  );
}
