import { useState, type ReactNode } from 'react';
import type { Selection } from '../../src/api/bulk';
import { noteKindLabels, noteKinds, type NoteKind } from '../../src/api/notes';
import { Button } from '../ui/Button';
import { todayDay } from '../ui/dates';
import { Dialog, DialogFooter } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { runBulk } from './runBulk';

interface ActionDialogProps {
  selection: Selection;
  count: string;
  onClose: () => void;
}

/** A bulk action's dialog: its fields, Cancel, and the button that runs it (while it runs, no second click). */
function ActionDialog({ title, action, ready, run, onClose, children }: { title: string; action: string; ready: boolean; run: () => Promise<boolean>; onClose: () => void; children: ReactNode }) {
  const [busy, setBusy] = useState(false);
  return (
    <Dialog title={title} onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setBusy(true);
          void run().then((done) => (done ? onClose() : setBusy(false)));
        }}
      >
        <div className="dialog-body form-stack">{children}</div>
        <DialogFooter>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" type="submit" disabled={busy || !ready}>
            {action}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}

/** A note on each, or a call, email, meeting or message logged with each (it counts as contact with them). */
export function NoteDialog({ selection, count, onClose }: ActionDialogProps) {
  const [kind, setKind] = useState<NoteKind>('call');
  const [body, setBody] = useState('');
  return (
    <ActionDialog title={`Note or log for ${count}`} action={kind === 'note' ? 'Add note' : `Log ${noteKindLabels[kind].toLowerCase()}`} ready={body.trim() !== ''} run={() => runBulk('bulk.note', { selection, kind, body })} onClose={onClose}>
      <Field label="What it was" controlId="bulk-note-kind">
        <select id="bulk-note-kind" className="input select" value={kind} onChange={(e) => setKind(e.target.value as NoteKind)}>
          {noteKinds
            .filter((k) => k !== 'prep')
            .map((k) => (
              <option key={k} value={k}>
                {noteKindLabels[k]}
              </option>
            ))}
        </select>
      </Field>
      <Field label="What was said" controlId="bulk-note-body">
        <textarea id="bulk-note-body" className="input textarea" rows={4} value={body} onChange={(e) => setBody(e.target.value)} data-autofocus />
      </Field>
    </ActionDialog>
  );
}

/** The same follow-up about each, due on one day. */
export function FollowUpDialog({ selection, count, onClose }: ActionDialogProps) {
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState(todayDay());
  return (
    <ActionDialog title={`Follow up with ${count}`} action="Create follow-ups" ready={title.trim() !== '' && dueOn !== ''} run={() => runBulk('bulk.followUp', { selection, title, dueOn })} onClose={onClose}>
      <Field label="What to follow up" controlId="bulk-follow-up-title">
        <input id="bulk-follow-up-title" className="input" value={title} onChange={(e) => setTitle(e.target.value)} placeholder="Check availability for January" data-autofocus />
      </Field>
      <Field label="Due" controlId="bulk-follow-up-due">
        <input id="bulk-follow-up-due" type="date" className="input" value={dueOn} onChange={(e) => setDueOn(e.target.value)} />
      </Field>
    </ActionDialog>
  );
}

/** Gives the selection to a recruiter (blank: nobody's). */
export function OwnerDialog({ selection, count, onClose }: ActionDialogProps) {
  const [owner, setOwner] = useState('');
  return (
    <ActionDialog title={`Change the owner of ${count}`} action="Change owner" ready run={() => runBulk('bulk.setOwner', { selection, owner })} onClose={onClose}>
      <Field label="Owner" controlId="bulk-owner" hint="Leave it blank for nobody.">
        <input id="bulk-owner" className="input" value={owner} onChange={(e) => setOwner(e.target.value)} data-autofocus />
      </Field>
    </ActionDialog>
  );
}
