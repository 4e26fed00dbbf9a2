import { FileDown } from 'lucide-react';
import { useState } from 'react';
import type { CsvExportInput } from '../../src/api/csv';
import { call } from '../api/client';
import { asApiError } from '../api/data';
import { Button } from '../ui/Button';
import { downloadFile } from '../ui/downloadFile';
import { showToast } from '../ui/toasts';

interface CsvExportButtonProps {
  /** Read when clicked, so the file has what the list shows at that moment (its search and filters). */
  input: () => CsvExportInput;
  variant?: 'secondary' | 'ghost';
}

/** A list as a CSV file, safe to open in a spreadsheet. */
export function CsvExportButton({ input, variant = 'secondary' }: CsvExportButtonProps) {
  const [busy, setBusy] = useState(false);

  async function exportList() {
    setBusy(true);
    try {
      downloadFile(await call('csv.export', input()));
    } catch (error) {
      showToast({ message: asApiError(error).message, tone: 'error' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Button variant={variant} icon={FileDown} onClick={() => void exportList()} disabled={busy} aria-busy={busy}>
      Export to CSV
    </Button>
  );
}
