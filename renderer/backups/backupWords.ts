import type { BackupInfo } from '../../src/api/backups';
import { formatMoment } from '../ui/dates';

/** Why a copy was taken, in the recruiter's words. */
export const reasonWords: Record<BackupInfo['reason'], string> = {
  automatic: 'Automatic',
  manual: 'Backed up by you',
  'before-import': 'Before merging an export',
  'before-migration': 'Before an update of Shortlist',
  'before-restore': 'Before restoring a backup',
  other: 'Other',
};

/** "4.2 MB", in the recruiter's own number format. */
export function formatSize(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let size = bytes;
  let unit = 0;
  while (size >= 1024 && unit < units.length - 1) {
    size /= 1024;
    unit += 1;
  }
  return `${size.toLocaleString(undefined, { maximumFractionDigits: unit < 2 ? 0 : 1 })} ${units[unit]}`;
}

export function candidatesIn(backup: BackupInfo): string {
  if (backup.candidates === null) return 'Cannot be read';
  return `${backup.candidates.toLocaleString()} ${backup.candidates === 1 ? 'candidate' : 'candidates'}`;
}

/** "The backup of Today, 14:32 (3,000 candidates)": how a dialog or a message names one. */
export function describeBackup(backup: BackupInfo): string {
  return `The backup of ${formatMoment(backup.takenAt)} (${candidatesIn(backup).toLowerCase()})`;
}
