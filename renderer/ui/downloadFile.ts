import type { TextFile } from '../../src/api/common';

/** Hands a file the core made (an .ics calendar) to the browser's download, as the desktop app's save. */
export function downloadFile(file: TextFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
