import { call } from '../../api/client';
import { asApiError } from '../../api/data';
import { isDesktop } from '../../jobs/brief/briefActions';
import { showToast } from '../../ui/toasts';

export async function copyProfile(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    showToast({ message: 'Profile copied as text: paste it into your email to the hiring manager' });
  } catch {
    showToast({ message: 'Could not copy the profile. Select the text on the page and copy it instead.', tone: 'error' });
  }
}

/** The desktop app writes the PDF where the recruiter chooses; a browser prints, and offers "Save as PDF" there. */
export async function saveProfileAsPdf(candidateName: string): Promise<void> {
  if (!isDesktop()) {
    window.print();
    return;
  }
  try {
    const { path } = await call('desktop.savePdf', { fileName: `${candidateName} profile` });
    if (path) showToast({ message: `Profile saved to ${path}` });
  } catch (error) {
    showToast({ message: asApiError(error).message, tone: 'error' });
  }
}
