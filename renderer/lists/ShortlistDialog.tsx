import { useState } from 'react';
import type { Selection } from '../../src/api/bulk';
import { asApiError, change, useData } from '../api/data';
import { Button } from '../ui/Button';
import { Dialog, DialogFooter } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { runBulk } from './runBulk';

const NEW = '';

/** Adds the selection to a shortlist, or to a new one named here. */
export function ShortlistDialog({ selection, count, onClose }: { selection: Selection; count: string; onClose: () => void }) {
  // Shortlists hold candidates or contacts; the bar offers this dialog for those only.
  const kind = selection.kind === 'contact' ? 'contact' : 'candidate';
  const lists = useData('shortlists.list', { kind });
  const [chosen, setChosen] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const shortlistId = chosen ?? lists.data?.[0]?.id ?? NEW;
  const add = async () => {
    setBusy(true);
    setError(null);
    try {
      const id = shortlistId === NEW ? (await change('shortlists.create', { name, kind })).id : shortlistId;
      if (await runBulk('bulk.addToShortlist', { selection, shortlistId: id })) onClose();
    } catch (e) {
      setError(asApiError(e).message);
    }
    setBusy(false);
  };
  return (
    <Dialog title={`Add ${count} to a shortlist`} onClose={onClose}>
      <div className="dialog-body form-stack">
        <Field label="Shortlist" controlId="bulk-shortlist">
          <select id="bulk-shortlist" className="input select" value={shortlistId} onChange={(e) => setChosen(e.target.value)} data-autofocus>
            {(lists.data ?? []).map((list) => (
              <option key={list.id} value={list.id}>
                {list.name} ({list.count})
              </option>
            ))}
            <option value={NEW}>A new shortlist…</option>
          </select>
        </Field>
        {shortlistId === NEW && (
          <Field label="Name of the new shortlist" controlId="bulk-shortlist-name">
            <input id="bulk-shortlist-name" className="input" value={name} onChange={(e) => setName(e.target.value)} placeholder="Java developers for Northwind" />
          </Field>
        )}
      </div>
      <DialogFooter error={error}>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="primary" disabled={busy || (shortlistId === NEW && name.trim() === '')} onClick={() => void add()}>
          Add to shortlist
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
