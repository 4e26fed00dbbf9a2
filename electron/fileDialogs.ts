import path from 'node:path';
import { app, BrowserWindow, dialog, type WebContents } from 'electron';
import type { ChooseFileInput, ChosenFile } from '../src/api/desktop';

const filters = {
  export: [{ name: 'Shortlist export', extensions: ['shortlist'] }],
  import: [{ name: 'Shortlist export', extensions: ['shortlist'] }],
  csv: [
    { name: 'CSV or vCard', extensions: ['csv', 'txt', 'tsv', 'vcf'] },
    { name: 'All files', extensions: ['*'] },
  ],
};

/** The save dialog for an export, or the open dialog for an export or a CSV, over the window that asked. */
export async function chooseFile(contents: WebContents, { purpose, suggestedName }: ChooseFileInput): Promise<ChosenFile> {
  const window = BrowserWindow.fromWebContents(contents) ?? undefined;
  if (purpose === 'export') {
    const choice = await dialog.showSaveDialog(window!, {
      title: 'Export for a colleague',
      defaultPath: path.join(app.getPath('documents'), suggestedName ?? 'shortlist-export.shortlist'),
      filters: filters.export,
    });
    return { path: choice.canceled || !choice.filePath ? null : choice.filePath };
  }
  const choice = await dialog.showOpenDialog(window!, {
    title: purpose === 'import' ? 'Import a colleague’s export' : 'Import from CSV',
    properties: ['openFile'],
    filters: filters[purpose],
  });
  return { path: choice.canceled ? null : (choice.filePaths[0] ?? null) };
}
