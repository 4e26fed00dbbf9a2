import type { ReportInput } from '../../src/api/reports';
import { call } from '../api/client';
import { asApiError } from '../api/data';
import { showToast } from '../ui/toasts';

/** The desktop app writes the PDF where the recruiter chooses; a browser prints the screen ("Save as PDF"). */
export async function saveReportsAsPdf(filters: ReportInput): Promise<void> {
  if (window.shortlist === undefined) {
    window.print();
    return;
  }
  try {
    const { path } = await call('desktop.savePdf', { fileName: `Reports ${filters.from} to ${filters.to}` });
    if (path) showToast({ message: `Reports saved to ${path}` });
  } catch (error) {
    showToast({ message: asApiError(error).message, tone: 'error' });
  }
}
