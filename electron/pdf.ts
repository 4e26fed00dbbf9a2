import fs from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, type WebContents } from 'electron';
import type { SavedPdf } from '../src/api/desktop';

// Where paper is Letter rather than A4.
const LETTER_COUNTRIES = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE']);

/** Saves the page on screen, through its print styles, as a PDF where the recruiter chooses. */
export async function savePdf(contents: WebContents, fileName: string): Promise<SavedPdf> {
  const options = {
    title: 'Save as PDF',
    defaultPath: path.join(app.getPath('documents'), `${fileName}.pdf`),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  };
  const window = BrowserWindow.fromWebContents(contents);
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { path: null };
  const pdf = await contents.printToPDF({
    printBackground: true,
    pageSize: LETTER_COUNTRIES.has(app.getLocaleCountryCode()) ? 'Letter' : 'A4',
  });
  await fs.writeFile(choice.filePath, pdf);
  return { path: choice.filePath };
}
