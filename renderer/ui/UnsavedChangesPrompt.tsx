import { Button } from './Button';
import { Dialog, DialogFooter } from './Dialog';
import { useUnsavedPrompt } from './unsavedChanges';

/** The question asked before typed changes would be lost: keep editing, discard them, or save them. */
export function UnsavedChangesPrompt() {
  const { prompt, saving } = useUnsavedPrompt();
  if (!prompt) return null;
  return (
    <Dialog
      title="Save your changes?"
      description="What you typed here is not saved yet. Leaving now would lose it."
      onClose={() => prompt.answer('keep')}
    >
      <DialogFooter>
        <Button onClick={() => prompt.answer('discard')} disabled={saving}>
          Discard changes
        </Button>
        <Button data-autofocus onClick={() => prompt.answer('keep')} disabled={saving}>
          Keep editing
        </Button>
        {prompt.canSave && (
          <Button variant="primary" onClick={() => prompt.answer('save')} disabled={saving}>
            {saving ? 'Saving…' : 'Save changes'}
          </Button>
        )}
      </DialogFooter>
    </Dialog>
  );
}
