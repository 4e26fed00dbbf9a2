import { GitMerge } from 'lucide-react';
import { useState } from 'react';
import type { DuplicateCandidate } from '../../src/api/sharing';
import { asApiError } from '../api/data';
import { Button } from '../ui/Button';
import { Dialog, DialogFooter } from '../ui/Dialog';
import { mergeDuplicates } from './sharingActions';
import { roleOf } from './sharingFormat';

interface MergeDialogProps {
  keep: DuplicateCandidate;
  drop: DuplicateCandidate;
  onClose: () => void;
}

/** Says what a merge moves and what goes to the trash, before it is done. */
export function MergeDialog({ keep, drop, onClose }: MergeDialogProps) {
  const [merging, setMerging] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function merge() {
    setMerging(true);
    setError(null);
    try {
      await mergeDuplicates(keep, drop);
      // The pair leaves the list, and this dialog with it.
    } catch (problem) {
      setError(asApiError(problem).message);
      setMerging(false);
    }
  }

  const who = (person: DuplicateCandidate) => {
    const role = roleOf(person);
    return role ? `${person.name} (${role})` : person.name;
  };

  return (
    <Dialog title={`Keep ${keep.name}?`} description="One person entered twice becomes one record." onClose={onClose}>
      <div className="dialog-body sharing-merge">
        <dl className="sharing-merge-records">
          <div>
            <dt>Kept</dt>
            <dd>{who(keep)}</dd>
          </div>
          <div>
            <dt>To the trash</dt>
            <dd>{who(drop)}</dd>
          </div>
        </dl>
        <p>Everything recorded on the record that goes moves to the one kept:</p>
        <ul className="sharing-moves">
          <li>submissions, with their stages, interviews and feedback</li>
          <li>notes</li>
          <li>attached files</li>
          <li>follow-ups</li>
        </ul>
        <p>
          The kept record also takes any email, phone number, skill or detail only the other had. The other then goes to the trash, and the
          merge reaches colleagues with your next export.
        </p>
      </div>
      <DialogFooter error={error}>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="primary" icon={GitMerge} onClick={() => void merge()} disabled={merging} data-autofocus>
          {merging ? 'Merging…' : 'Merge'}
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
