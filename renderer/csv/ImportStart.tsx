import { Upload } from 'lucide-react';
import { useState } from 'react';
import type { CsvFileInput, CsvKind, CsvPreview } from '../../src/api/csv';
import { asApiError } from '../api/data';
import { Button } from '../ui/Button';
import { counted, kindLabels } from './csvFormat';
import { startCsvImport } from './csvImportJob';

interface ImportStartProps {
  kind: CsvKind;
  input: CsvFileInput;
  preview: CsvPreview;
  fileName: string;
}

/** The button that starts the import, once the mapping has what every row needs. */
export function ImportStart({ kind, input, preview, fileName }: ImportStartProps) {
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const blocked = preview.mappingProblems.length > 0;
  const rows = `${preview.estimatedRows > preview.sample.length ? 'About ' : ''}${counted(preview.estimatedRows, 'row')}`;

  async function start() {
    setStarting(true);
    setError(null);
    try {
      // On success the page turns to the import's progress.
      await startCsvImport(input, fileName);
    } catch (problem) {
      setError(asApiError(problem).message);
      setStarting(false);
    }
  }

  return (
    <div className="csv-start">
      <div className="csv-start-text">
        {blocked ? (
          <p>Map the columns above first: every row needs them.</p>
        ) : (
          <p>
            {rows} to read. New {kindLabels[kind].many} are added; duplicates and rejected rows are left out and listed, with
            their line, when it is done.
          </p>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <Button variant="primary" icon={Upload} disabled={blocked || starting} onClick={() => void start()}>
        {starting ? 'Starting…' : `Import ${kindLabels[kind].many}`}
      </Button>
    </div>
  );
}
