import { useState } from 'react';
import type { Selection } from '../../src/api/bulk';
import { Button } from '../ui/Button';
import { Dialog, DialogFooter } from '../ui/Dialog';
import { TagInput } from '../ui/TagInput';
import { runBulk } from './runBulk';
import { TagSuggestions } from './TagSuggestions';

/** Tags (or untags) the selection; the tags in use are offered as the recruiter types. */
export function TagDialog({ selection, count, onClose }: { selection: Selection; count: string; onClose: () => void }) {
  const [tags, setTags] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const run = async (method: 'bulk.tag' | 'bulk.untag') => {
    setBusy(true);
    if (await runBulk(method, { selection, tags })) onClose();
    setBusy(false);
  };
  return (
    <Dialog title={`Tag ${count}`} onClose={onClose}>
      <div className="dialog-body">
        <TagInput id="bulk-tags" label="Tags" values={tags} onChange={setTags} placeholder="Type a tag, press Enter" />
        <TagSuggestions kind={selection.kind} chosen={tags} onPick={(tag) => setTags([...tags, tag])} />
      </div>
      <DialogFooter>
        <Button onClick={onClose}>Cancel</Button>
        <Button disabled={busy || tags.length === 0} onClick={() => void run('bulk.untag')}>
          Take off
        </Button>
        <Button variant="primary" disabled={busy || tags.length === 0} onClick={() => void run('bulk.tag')}>
          Tag
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
