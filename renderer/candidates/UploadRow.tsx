import { FileUp } from 'lucide-react';
import type { Upload } from './candidatePageStore';
import { formatSize } from './candidateFormat';

/** A file on its way in, with how far it has got. */
export function UploadRow({ upload }: { upload: Upload }) {
  const percent = Math.round(upload.progress * 100);
  const status = upload.phase === 'reading' ? `Reading ${percent}%` : 'Copying into Shortlist…';
  return (
    <li className="file file--uploading" aria-label={`${upload.name}: ${status}`}>
      <span className="file-icon" aria-hidden>
        <FileUp size={16} />
      </span>
      <div className="file-text">
        <p className="file-name truncate">{upload.name}</p>
        <p className="file-meta">
          <span>{formatSize(upload.size)}</span>
          <span className="dot-sep" aria-hidden>
            ·
          </span>
          <span>{status}</span>
        </p>
        <div
          className={upload.phase === 'sending' ? 'upload-bar upload-bar--sending' : 'upload-bar'}
          role="progressbar"
          aria-label={`Attaching ${upload.name}`}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={upload.phase === 'sending' ? undefined : percent}
        >
          <span className="upload-bar-fill" style={{ width: `${upload.phase === 'sending' ? 100 : percent}%` }} />
        </div>
      </div>
    </li>
  );
}
