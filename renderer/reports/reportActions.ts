import { flushSync } from 'react-dom';
import type { ReportInput } from '../../src/api/reports';
import { call } from '../api/client';
import { asApiError } from '../api/data';
import { showToast } from '../ui/toasts';
import { useReports } from './reportsStore';

/** Printed another way (the browser's own Print): every row is drawn before the page goes on paper. Returns how to stop. */
export function drawAllRowsWhenPrinted(): () => void {
  const before = () => flushSync(() => useReports.setState({ printing: true }));
  const after = () => useReports.setState({ printing: false });
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
  };
}

/** The desktop app writes the PDF where the recruiter chooses; a browser prints the screen ("Save as PDF"). */
export async function saveReportsAsPdf(filters: ReportInput): Promise<void> {
  // Every row of the long tables is drawn before the page goes on paper: each asks the core for
  // the rows its answer left out, and the page waits for them (or the error in their place).
  useReports.setState({ printing: true });
  do await new Promise((drawn) => requestAnimationFrame(drawn));
  while (document.querySelector('.reports-page [data-rows-coming]'));
  try {
    // Left meanwhile, the page on screen is another: nothing to save.
    if (!document.querySelector('.reports-page')) return;
    if (window.shortlist === undefined) return window.print();
    const { path } = await call('desktop.savePdf', { fileName: `Reports ${filters.from} to ${filters.to}` });
    if (path) showToast({ message: `Reports saved to ${path}` });
  } catch (error) {
    showToast({ message: asApiError(error).message, tone: 'error' });
  } finally {
    useReports.setState({ printing: false });
  }
}
