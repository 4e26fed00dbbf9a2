import { FolderOpen } from 'lucide-react';
import { useState } from 'react';
import { call } from '../api/client';
import { asApiError } from '../api/data';
import { Button } from '../ui/Button';
import { hasFileDialogs } from './desktopFiles';
import { ImportPathForm } from './ImportPathForm';

/** Which export to import: the desktop app's open dialog, or its path typed in the browser preview. */
export function ImportFileChoice({ onChosen }: { onChosen: (path: string) => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (!hasFileDialogs()) return <ImportPathForm onChosen={onChosen} />;

  async function choose() {
    setBusy(true);
    setProblem(null);
    try {
      const { path } = await call('desktop.chooseFile', { purpose: 'import' });
      if (path) await onChosen(path);
    } catch (error) {
      setProblem(asApiError(error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="sharing-form">
      <div className="sharing-actions">
        <Button variant="primary" icon={FolderOpen} onClick={() => void choose()} disabled={busy}>
          {busy ? 'Reading the export…' : 'Choose the export…'}
        </Button>
      </div>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
