import { Download } from 'lucide-react';
import { useState } from 'react';
import type { CsvImportProgress } from '../../src/api/csv';
import { asApiError } from '../api/data';
import { Button } from '../ui/Button';
import { showToast } from '../ui/toasts';
import type { CsvImportJob } from './csvImportStore';
import { downloadImportReport } from './importReport';

/** The rows left out, as a CSV file to work through. */
export function ReportButton({ job, progress }: { job: CsvImportJob; progress: CsvImportProgress }) {
  const [busy, setBusy] = useState(false);

  async function download() {
    setBusy(true);
    try {
      await downloadImportReport(job, progress);
    } catch (error) {
      showToast({ message: asApiError(error).message, tone: 'error' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Button icon={Download} onClick={() => void download()} disabled={busy}>
      Download the report of rows not imported
    </Button>
  );
}
