import { z } from 'zod';
import type { NoteSubject } from './notes';

/** Save the page on screen as a PDF: the desktop app asks where and writes it; the preview cannot. */
export const SavePdfInput = z.strictObject({
  fileName: z
    .string({ message: 'Name the PDF file' })
    .trim()
    .max(200)
    .transform((name) => name.replace(/[\\/:*?"<>|\s]+/g, ' ').trim())
    .pipe(z.string().min(1, 'Name the PDF file')),
});
export type SavePdfInput = z.input<typeof SavePdfInput>;

export interface SavedPdf {
  /** Null when the recruiter cancelled the save dialog. */
  path: string | null;
}

/** A record the desktop shell asks the window to open, such as the one behind a clicked notification. */
export interface RecordRef {
  kind: NoteSubject;
  id: string;
}

/** What a file dialog is for: where to write an export, or which export or CSV to read. */
export const ChooseFileInput = z.strictObject({
  purpose: z.enum(['export', 'import', 'csv'], { message: 'Say what the file is for' }),
  /** The name offered when saving. */
  suggestedName: z.string().trim().max(200).optional(),
});
export type ChooseFileInput = z.input<typeof ChooseFileInput>;

export interface ChosenFile {
  /** Null when the recruiter cancelled the dialog. */
  path: string | null;
}

/** What the desktop app's File menu asks the window to do. */
export const menuCommands = ['export', 'import', 'import-csv'] as const;
export type MenuCommand = (typeof menuCommands)[number];
