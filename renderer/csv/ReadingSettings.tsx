import { TriangleAlert } from 'lucide-react';
import { csvDelimiters, csvEncodings, type CsvDelimiter, type CsvEncoding, type CsvPreview } from '../../src/api/csv';
import { Field } from '../ui/Field';
import { counted, delimiterLabels, encodingLabels, encodingSources } from './csvFormat';
import { setCsvDelimiter, setCsvEncoding } from './csvImportStore';

/** How the file's bytes become text and columns: found by the core, changed here when it guessed wrong. */
export function ReadingSettings({ preview, chosenDelimiter }: { preview: CsvPreview; chosenDelimiter: boolean }) {
  const guessed = preview.encodingSource === 'fallback';
  return (
    <div className="csv-reading">
      <div className="csv-reading-fields">
        <Field label="Characters (encoding)" controlId="csv-encoding" hint={guessed ? undefined : encodingSources[preview.encodingSource]}>
          <select
            id="csv-encoding"
            className="input select"
            value={preview.encoding}
            aria-describedby={guessed ? 'csv-encoding-guess' : 'csv-encoding-hint'}
            onChange={(event) => setCsvEncoding(event.target.value as CsvEncoding)}
          >
            {csvEncodings.map((encoding) => (
              <option key={encoding} value={encoding}>
                {encodingLabels[encoding]}
              </option>
            ))}
          </select>
        </Field>
        {preview.format === 'vcard' ? (
          <p className="csv-reading-vcard">
            <strong>vCard</strong>
            <span className="hint">Read as a table: a column per property, a row per card.</span>
          </p>
        ) : (
          <Field
            label="Columns separated by"
            controlId="csv-delimiter"
            hint={chosenDelimiter ? 'As you chose' : 'Found from the first lines'}
          >
            <select
              id="csv-delimiter"
              className="input select"
              value={preview.delimiter}
              aria-describedby="csv-delimiter-hint"
              onChange={(event) => setCsvDelimiter(event.target.value as CsvDelimiter)}
            >
              {csvDelimiters.map((delimiter) => (
                <option key={delimiter} value={delimiter}>
                  {delimiterLabels[delimiter]}
                </option>
              ))}
            </select>
          </Field>
        )}
        <p className="csv-reading-size">
          <span className="csv-reading-count numeric">
            {preview.estimatedRows > preview.sample.length ? 'About ' : ''}
            {counted(preview.estimatedRows, 'row')}
          </span>
          <span className="hint">{counted(preview.headers.length, 'column')}</span>
        </p>
      </div>
      {guessed && (
        <p className="csv-warning" id="csv-encoding-guess" role="status">
          <TriangleAlert size={15} aria-hidden className="csv-warning-icon" />
          <span>
            <strong>Looks like Windows-1252 (Western European) — check the accents below.</strong> The file is not UTF-8,
            so Shortlist read it the way Excel on Windows saves it. If names with accents look wrong, choose another encoding.
          </span>
        </p>
      )}
    </div>
  );
}
