import { Download, ExternalLink, FileText, LoaderCircle, ScanText, Trash2 } from 'lucide-react';
import type { CandidateFile } from '../../src/api/candidates';
import { call } from '../api/client';
import { asApiError } from '../api/data';
import { moveToTrash } from '../trash/trashActions';
import { Button, IconButton } from '../ui/Button';
import { formatFull, formatMoment } from '../ui/dates';
import { showToast } from '../ui/toasts';
import { formatSize } from './candidateFormat';
import { textState } from './textReading';

/** The desktop app opens files with the system's viewer; the browser preview can only download them. */
const inDesktopApp = () => window.shortlist !== undefined;

export function FileRow({ file }: { file: CandidateFile }) {
  async function open() {
    try {
      await call('desktop.openFile', { id: file.id });
    } catch (error) {
      showToast({ message: asApiError(error).message, tone: 'error' });
    }
  }

  async function remove() {
    try {
      await moveToTrash({ kind: 'file', id: file.id, name: file.name });
    } catch (error) {
      showToast({ message: asApiError(error).message, tone: 'error' });
    }
  }

  return (
    <li className="file" aria-label={file.name}>
      <span className="file-icon" aria-hidden>
        <FileText size={16} />
      </span>
      <div className="file-text">
        <p className="file-name truncate" title={file.name}>
          {file.name}
        </p>
        <p className="file-meta">
          <span>{formatSize(file.size)}</span>
          <span className="dot-sep" aria-hidden>
            ·
          </span>
          <time dateTime={file.createdAt} title={formatFull(file.createdAt)}>
            Added {formatMoment(file.createdAt).replace(/^(Today|Yesterday)/, (word) => word.toLowerCase())}
          </time>
          <TextBadge file={file} />
        </p>
      </div>
      <div className="file-actions">
        {inDesktopApp() ? (
          <Button icon={ExternalLink} aria-label={`Open ${file.name}`} onClick={open}>
            Open
          </Button>
        ) : (
          // The preview hands files out only as downloads (src/server/http.ts): never shown inline as this page.
          <a className="button button--secondary" href={`/files/${file.id}`} download={file.name} aria-label={`Download ${file.name}`}>
            <Download size={15} aria-hidden className="button-icon" />
            <span>Download</span>
          </a>
        )}
        <IconButton icon={Trash2} tone="danger" label={`Remove ${file.name}`} onClick={remove} />
      </div>
    </li>
  );
}

function TextBadge({ file }: { file: CandidateFile }) {
  switch (textState(file)) {
    case 'read':
      return (
        <span className="file-text-state file-text-state--read">
          <ScanText size={13} aria-hidden />
          Text read for search
        </span>
      );
    case 'reading':
      return (
        <span className="file-text-state">
          <LoaderCircle size={13} aria-hidden className="file-spinner" />
          Reading text…
        </span>
      );
    case 'none':
      return <span className="file-text-state">No text found to search</span>;
    default:
      return null;
  }
}
