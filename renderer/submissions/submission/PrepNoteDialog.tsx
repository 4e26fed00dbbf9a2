import { NoteAddInput } from '../../../src/api/notes';
import type { Submission } from '../../../src/api/submissions';
import { change } from '../../api/data';
import { Button, SaveButton } from '../../ui/Button';
import { Dialog, DialogFooter } from '../../ui/Dialog';
import { TextAreaField } from '../../ui/Field';
import { showToast } from '../../ui/toasts';
import { useForm } from '../../ui/useForm';
import { closeSubmissionDialog } from './submissionStore';

/** A note that readies the candidate for their next interview; it may start from a client's concern. */
export function PrepNoteDialog({ submission, body }: { submission: Submission; body: string }) {
  const about = { kind: 'submission' as const, id: submission.id };
  const form = useForm({
    id: 'prep',
    initial: { body },
    schema: NoteAddInput,
    toInput: (draft: { body: string }) => ({ about, kind: 'prep' as const, body: draft.body }),
    save: async (input) => {
      await change('notes.add', input);
      closeSubmissionDialog();
      showToast({ message: 'Prep note added' });
    },
  });

  return (
    <Dialog
      title={`Prep note for ${submission.candidateName}`}
      description="What to go over with them before the next interview. Notes are kept as written."
      onClose={closeSubmissionDialog}
      wide
    >
      <form className="dialog-form" noValidate onSubmit={form.onSubmit}>
        <div className="dialog-body">
          <TextAreaField
            form={form}
            name="body"
            label="Prep note"
            required
            rows={6}
            data-autofocus
            placeholder="Stories to tell, questions to expect, what the hiring manager cares about…"
            onFocus={(e) => {
              // Start typing after what the concern already says.
              const end = e.currentTarget.value.length;
              e.currentTarget.setSelectionRange(end, end);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) {
                e.preventDefault();
                e.currentTarget.form?.requestSubmit();
              }
            }}
          />
        </div>
        <DialogFooter error={form.formError}>
          <Button onClick={closeSubmissionDialog}>Cancel</Button>
          <SaveButton saving={form.saving}>
            Save prep note
          </SaveButton>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
