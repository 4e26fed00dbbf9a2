import { csvFieldLabels, csvFields, csvRequiredFields, type CsvField, type CsvKind, type CsvPreview } from '../../src/api/csv';
import { setCsvMapping } from './csvImportStore';
import { RequiredFields } from './RequiredFields';

/** Each column of the file, an example of what it holds, and the field it is imported as. */
export function ColumnMapping({ kind, preview }: { kind: CsvKind; preview: CsvPreview }) {
  const fields = csvFields[kind] as readonly CsvField[];
  const required = new Set<CsvField>(csvRequiredFields[kind].flat());

  function choose(column: number, field: CsvField | null) {
    setCsvMapping(
      kind,
      preview.mapping.map((current, i) => (i === column ? field : current)),
    );
  }

  return (
    <div className="csv-mapping">
      <div className="csv-section-head">
        <h3 className="csv-subtitle">Which column is what</h3>
        <RequiredFields kind={kind} mapping={preview.mapping} />
      </div>
      {preview.mappingProblems.length > 0 && (
        <ul className="csv-problems" role="alert" aria-label="Before importing">
          {preview.mappingProblems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <div className="csv-table-frame">
        <table className="csv-table">
          <thead>
            <tr>
              <th scope="col">Column in the file</th>
              <th scope="col">First value</th>
              <th scope="col">Imports as</th>
            </tr>
          </thead>
          <tbody>
            {preview.headers.map((header, column) => {
              const name = header || `Column ${column + 1}`;
              const field = preview.mapping[column] ?? null;
              return (
                <tr key={column} className={field ? undefined : 'csv-skipped'}>
                  <th scope="row" className="csv-header-name">
                    {name}
                  </th>
                  <td className="csv-cell">
                    {firstValue(preview, column) !== undefined ? (
                      <span className="csv-cell-text">{firstValue(preview, column)}</span>
                    ) : (
                      <span className="hint">Empty in the first rows</span>
                    )}
                  </td>
                  <td className="csv-field-cell">
                    <select
                      className="input select csv-field-select"
                      aria-label={`Import “${name}” as`}
                      value={field ?? ''}
                      onChange={(event) => choose(column, (event.target.value || null) as CsvField | null)}
                    >
                      <option value="">— skip —</option>
                      {fields.map((option) => (
                        <option key={option} value={option}>
                          {csvFieldLabels[option]}
                          {required.has(option) ? ' *' : ''}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function firstValue(preview: CsvPreview, column: number): string | undefined {
  return preview.sample.map((row) => row.cells[column]?.trim()).find((cell) => cell);
}
