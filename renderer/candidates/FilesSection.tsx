import { FileUp, Paperclip } from 'lucide-react';
import { useEffect, useRef, type DragEvent } from 'react';
import type { Candidate, CandidateFile } from '../../src/api/candidates';
import { Button } from '../ui/Button';
import { setDropping, settleUploads, useCandidatePage } from './candidatePageStore';
import { attachFiles } from './fileUpload';
import { FileRow } from './FileRow';
import { useTextReading } from './textReading';
import { UploadRow } from './UploadRow';

const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

/** Resumes and other files: attached by the picker or dropped onto the section, read for search. */
export function FilesSection({ candidate, files }: { candidate: Candidate; files: CandidateFile[] }) {
  const picker = useRef<HTMLInputElement>(null);
  const { uploads, dropping } = useCandidatePage();
  const fileIds = files.map((f) => f.id);
  const pending = uploads.filter((u) => u.fileId === undefined || !fileIds.includes(u.fileId));
  useTextReading(candidate.id, files);

  // A file dropped just beside the section must not make the window open it in place of the app.
  useEffect(() => {
    const holdFiles = (event: globalThis.DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    window.addEventListener('dragover', holdFiles);
    window.addEventListener('drop', holdFiles);
    return () => {
      window.removeEventListener('dragover', holdFiles);
      window.removeEventListener('drop', holdFiles);
    };
  }, []);

  const shownIds = fileIds.join(' ');
  useEffect(() => {
    settleUploads(shownIds.split(' '));
  }, [shownIds]);

  function onDragOver(event: DragEvent<HTMLElement>) {
    if (!carriesFiles(event)) return;
    // Saying so is what lets the drop happen here rather than the browser opening the file.
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    if (!dropping) setDropping(true);
  }

  function onDragLeave(event: DragEvent<HTMLElement>) {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropping(false);
  }

  function onDrop(event: DragEvent<HTMLElement>) {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    setDropping(false);
    void attachFiles(candidate.id, Array.from(event.dataTransfer.files));
  }

  const empty = files.length === 0 && pending.length === 0;
  return (
    <section
      className={dropping ? 'card files files--dropping' : 'card files'}
      aria-labelledby="files-heading"
      onDragEnter={onDragOver}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
    >
      <header className="card-header">
        <h2 className="card-title" id="files-heading">
          Files {files.length > 0 && <span className="count">{files.length}</span>}
        </h2>
        <Button icon={Paperclip} onClick={() => picker.current?.click()}>
          Attach files
        </Button>
        <input
          ref={picker}
          type="file"
          multiple
          hidden
          tabIndex={-1}
          onChange={(event) => {
            const chosen = Array.from(event.target.files ?? []);
            // Cleared, so choosing the same file again still counts as a choice.
            event.target.value = '';
            void attachFiles(candidate.id, chosen);
          }}
        />
      </header>
      {empty ? (
        <div className="files-empty">
          <FileUp size={20} aria-hidden className="files-empty-icon" />
          <p>
            <strong>Drop a resume here</strong> or use Attach files.
          </p>
          <p className="muted">PDF and Word resumes are read so their words turn up in search. Up to 15 MB each.</p>
        </div>
      ) : (
        <>
          <ul className="file-list" aria-label={`Files of ${candidate.name}`} aria-live="polite">
            {pending.map((upload) => (
              <UploadRow key={`upload-${upload.id}`} upload={upload} />
            ))}
            {files.map((file) => (
              <FileRow key={file.id} file={file} />
            ))}
          </ul>
          <p className="files-hint">Drop more files here · PDF and Word resumes are read for search · up to 15 MB each</p>
        </>
      )}
      {dropping && (
        <div className="files-drop" aria-hidden>
          <FileUp size={22} />
          Drop to attach to {candidate.name}
        </div>
      )}
    </section>
  );
}
