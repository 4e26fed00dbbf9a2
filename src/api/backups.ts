import { z } from 'zod';

/** One copy of the database in backups/ beside it. */
export interface BackupInfo {
  /** The file's name in backups/, which is how a restore names it. */
  name: string;
  /** Why it was taken: every hour of use and at quit, or before something rewrote the database. */
  reason: 'automatic' | 'manual' | 'before-import' | 'before-migration' | 'before-restore' | 'other';
  takenAt: string;
  bytes: number;
  /** Live candidates in it, or null when the copy cannot be read. */
  candidates: number | null;
}

export interface RestoreResult {
  restored: string;
  /** The copy of the database as it was just before, which restoring undoes the restore. */
  keptAside: string;
  /** Candidates erased after the backup was taken, erased again. */
  erasuresReapplied: number;
}

export const BackupNameInput = z.strictObject({
  name: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[^/\\]+\.db$/, 'Name a backup from the list (a .db file in backups/)'),
});

export const BackupCreateInput = z
  .strictObject({
    /** Taken by the app itself (every hour of use, at quit): rotated with the other automatic ones. */
    automatic: z.boolean().default(false),
  })
  .default({ automatic: false });
