import type { JobBrief } from '../../../src/api/intake';
import { call } from '../../api/client';
import { asApiError } from '../../api/data';
import { showToast } from '../../ui/toasts';

/** The desktop app has a bridge to the main process; the browser preview does not. */
export const isDesktop = () => window.shortlist !== undefined;

export async function copyBrief(brief: JobBrief): Promise<void> {
  try {
    await navigator.clipboard.writeText(brief.text);
    showToast({ message: 'Brief copied as text: paste it into an email to the client' });
  } catch {
    showToast({ message: 'Could not copy the brief. Select the text on the page and copy it instead.', tone: 'error' });
  }
}

/**
 * The desktop app writes the PDF itself, where the recruiter chooses; a browser prints the page,
 * and its print dialog offers "Save as PDF". Either way the print styles leave only the document.
 */
export async function saveBriefAsPdf(brief: JobBrief): Promise<void> {
  if (!isDesktop()) {
    window.print();
    return;
  }
  try {
    const { path } = await call('desktop.savePdf', { fileName: `${brief.title} brief` });
    if (path) showToast({ message: `Brief saved to ${path}` });
  } catch (error) {
    showToast({ message: asApiError(error).message, tone: 'error' });
  }
}
