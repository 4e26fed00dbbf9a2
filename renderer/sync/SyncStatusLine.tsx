import { CloudAlert, CloudCheck, CloudOff, CloudUpload } from 'lucide-react';
import { Link } from 'wouter';
import { paths } from '../app/paths';
import { describeSyncStatus } from './syncWords';
import { useSyncStatus } from './useSyncStatus';
import '../styles/sync.css';

/** Always in the sidebar once agency sync is set up: when it last went through, what waits, or what went wrong. */
export function SyncStatusLine() {
  const status = useSyncStatus();
  if (!status?.configured) return null;
  const { headline, detail, tone } = describeSyncStatus(status);
  const Icon = tone === 'problem' ? CloudAlert : status.offline ? CloudOff : tone === 'ok' ? CloudCheck : CloudUpload;
  return (
    <Link href={paths.settings} className={`sync-status sync-status--${tone}`} aria-live="polite">
      <Icon size={15} aria-hidden className="sync-status-icon" />
      <span className="sync-status-text">
        <span className="sync-status-headline">{headline}</span>{' '}
        <span className="sync-status-detail">{detail}</span>
      </span>
    </Link>
  );
}
