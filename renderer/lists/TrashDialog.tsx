import { Trash2 } from 'lucide-react';
import { useState } from 'react';
import type { Selection } from '../../src/api/bulk';
import { Button } from '../ui/Button';
import { Dialog, DialogFooter } from '../ui/Dialog';
import { runBulk } from './runBulk';

/** Asks before a selection goes to the trash: Undo (in the toast after) and the trash both bring it back. */
export function TrashDialog({ selection, count, onClose }: { selection: Selection; count: string; onClose: () => void }) {
  const [busy, setBusy] = useState(false);
  const hangsOn = selection.kind === 'client' ? ' Their contacts and jobs go with them, and come back with them.' : '';
  return (
    <Dialog title={`Move ${count} to the trash?`} onClose={onClose}>
      <p className="dialog-body">
        You can undo it right after, or restore them from the trash later.{hangsOn}
      </p>
      <DialogFooter>
        <Button data-autofocus onClick={onClose}>
          Keep them
        </Button>
        <Button
          variant="primary"
          icon={Trash2}
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void runBulk('bulk.trash', { selection }).then((done) => (done ? onClose() : setBusy(false)));
          }}
        >
          Move to the trash
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
