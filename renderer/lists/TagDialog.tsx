import { useState } from 'react';
import type { Selection } from '../../src/api/bulk';
import { useData } from '../api/data';
import { Button } from '../ui/Button';
import { Dialog, DialogFooter } from '../ui/Dialog';
import { TagInput } from '../ui/TagInput';
import { runBulk } from './runBulk';

/** Tags (or untags) the selection; the tags in use are offered as the recruiter types. */
export function TagDialog({ selection, count, onClose }: { selection: Selection; count: string; onClose: () => void }) {
  const [tags, setTags] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const inUse = useData('tags.suggest', { kind: selection.kind, limit: 12 });
  const run = async (method: 'bulk.tag' | 'bulk.untag') => {
    setBusy(true);
    if (await runBulk(method, { selection, tags })) onClose();
    setBusy(false);
  };
  const unused = (inUse.data ?? []).filter((t) => !tags.some((chosen) => chosen.toLowerCase() === t.name.toLowerCase()));
  return (
    <Dialog title={`Tag ${count}`} onClose={onClose}>
      <div className="dialog-body">
        <TagInput id="bulk-tags" label="Tags" values={tags} onChange={setTags} placeholder="Type a tag, press Enter" />
        {unused.length > 0 && (
          <div className="tag-suggestions" role="group" aria-label="Tags in use">
            {unused.map((t) => (
              <button key={t.name} type="button" className="tag tag--small tag-suggestion" onClick={() => setTags([...tags, t.name])}>
                {t.name} <span className="tag-count">{t.count}</span>
              </button>
            ))}
          </div>
        )}
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
