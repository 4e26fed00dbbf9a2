import { useState } from 'react';
import type { CandidateFilters } from '../../src/api/bulk';
import { asApiError, change } from '../api/data';
import { Button } from '../ui/Button';
import { Dialog, DialogFooter } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { showToast } from '../ui/toasts';

/** Saves the list's search and filters under a name; it then sits in the sidebar with its count. */
export function SaveSearchDialog({ filters, onClose }: { filters: CandidateFilters; onClose: () => void }) {
  const [name, setName] = useState(filters.query ?? '');
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    try {
      const saved = await change('savedSearches.save', { name, filters });
      showToast({ message: `Saved “${saved.name}”: ${saved.count.toLocaleString()} ${saved.count === 1 ? 'candidate matches' : 'candidates match'} now.` });
      onClose();
    } catch (e) {
      setError(asApiError(e).message);
    }
  };
  return (
    <Dialog title="Save this search" description="It keeps the search and the filters, and shows in the sidebar with how many match." onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="dialog-body">
          <Field label="Name" controlId="saved-search-name">
            <input id="saved-search-name" className="input" value={name} onChange={(e) => setName(e.target.value)} data-autofocus />
          </Field>
        </div>
        <DialogFooter error={error}>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" type="submit" disabled={name.trim() === ''}>
            Save search
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
