import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { paths } from '../app/paths';
import { showToast } from '../ui/toasts';
import { closeJobEditor, useJobEditor } from './jobEditorStore';
import { JobFormDialog } from './JobFormDialog';

/**
 * The job form, wherever a page opens it. A new job opens its page, where the intake starts;
 * an edit stays where it was. Leaving the page closes the form.
 */
export function JobEditorDialog() {
  const editor = useJobEditor((s) => s.editor);
  const [, navigate] = useLocation();

  useEffect(() => closeJobEditor, []);

  if (!editor) return null;
  return (
    <JobFormDialog
      // A fresh form for each job opened, never the last one's leftovers.
      key={editor.mode === 'edit' ? editor.job.id : `new-${editor.clientId}`}
      editor={editor}
      onClose={closeJobEditor}
      onSaved={(job) => {
        closeJobEditor();
        if (editor.mode === 'new') {
          showToast({ message: `“${job.title}” created for ${job.clientName}` });
          navigate(paths.job(job.id));
        }
      }}
    />
  );
}
