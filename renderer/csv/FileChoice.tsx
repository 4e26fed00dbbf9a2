import { FileSpreadsheet, FolderOpen } from 'lucide-react';
import { useRef, useState, type ChangeEvent } from 'react';
import { asApiError } from '../api/data';
import { formatSize } from '../candidates/candidateFormat';
import { Button } from '../ui/Button';
import { chooseCsvPath, choosesByPath, takeCsvFile } from './chooseCsvFile';
import type { CsvSource } from './csvImportStore';

/** The file to import: the desktop app's open dialog, or the browser's file picker in the preview. */
export function FileChoice({ source }: { source: CsvSource | null }) {
  const picker = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);

  async function choose() {
    setError(null);
    if (!choosesByPath()) return picker.current?.click();
    try {
      await chooseCsvPath();
    } catch (problem) {
      setError(asApiError(problem).message);
    }
  }

  async function onPicked(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // The same file chosen again (after fixing it) is a change too.
    event.target.value = '';
    if (!file) return;
    setError(null);
    setReading(true);
    try {
      await takeCsvFile(file);
    } catch (problem) {
      setError(problem instanceof Error ? problem.message : 'The file could not be read. Try again.');
    } finally {
      setReading(false);
    }
  }

  return (
    <div className="csv-file">
      <div className="csv-file-row">
        {source && (
          <p className="csv-file-chosen">
            <FileSpreadsheet size={16} aria-hidden className="csv-file-icon" />
            <span className="truncate">{source.name}</span>
            {'size' in source && <span className="muted">{formatSize(source.size)}</span>}
          </p>
        )}
        <Button variant={source ? 'secondary' : 'primary'} icon={FolderOpen} onClick={() => void choose()} disabled={reading}>
          {reading ? 'Reading the file…' : source ? 'Choose another file…' : 'Choose a CSV file…'}
        </Button>
      </div>
      <input
        ref={picker}
        type="file"
        hidden
        aria-label="CSV file"
        accept=".csv,.tsv,.txt,.vcf,text/csv,text/plain,text/tab-separated-values,text/vcard,text/x-vcard"
        onChange={(event) => void onPicked(event)}
      />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
