import {
  csvFieldLabels,
  csvFields,
  csvKeepLabels,
  csvKeeps,
  csvRequiredFields,
  type CsvField,
  type CsvKind,
  type CsvPreview,
  type CsvTarget,
} from '../../src/api/csv';
import { setCsvMapping } from './csvImportStore';
import { RequiredFields } from './RequiredFields';

/**
 * Each column of the file, an example of what it holds, and where its values go: a field, the
 * note kept on each record, the record's tags, or nowhere (only when the recruiter says so).
 */
export function ColumnMapping({ kind, preview, fileName }: { kind: CsvKind; preview: CsvPreview; fileName: string }) {
  const fields = csvFields[kind] as readonly CsvField[];
  const required = new Set<CsvField>(csvRequiredFields[kind].flat());

  function choose(column: number, field: CsvTarget | null) {
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
      <p className="hint csv-mapping-lead">
        {preview.mappingSource === 'remembered' && 'Set up as you did last time for a file with these columns. '}
        A column Shortlist has no field for is kept as a note on each record (“From {fileName}, Stage: Interviewing”); choose
        Leave out to import it nowhere.
      </p>
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
              <th scope="col">Goes to</th>
            </tr>
          </thead>
          <tbody>
            {preview.headers.map((header, column) => {
              const name = header || `Column ${column + 1}`;
              const field = preview.mapping[column] ?? null;
              return (
                <tr key={column} className={field ? (field === 'note' ? 'csv-kept' : undefined) : 'csv-skipped'}>
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
                      onChange={(event) => choose(column, (event.target.value || null) as CsvTarget | null)}
                    >
                      <optgroup label="Keep">
                        {csvKeeps.map((keep) => (
                          <option key={keep} value={keep}>
                            {csvKeepLabels[keep]}
                          </option>
                        ))}
                        <option value="">Leave out</option>
                      </optgroup>
                      <optgroup label="Fields">
                        {fields.map((option) => (
                          <option key={option} value={option}>
                            {csvFieldLabels[option]}
                            {required.has(option) ? ' *' : ''}
                          </option>
                        ))}
                      </optgroup>
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
