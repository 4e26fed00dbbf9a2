import { Tags } from 'lucide-react';
import { useState } from 'react';
import type { TagUse } from '../../src/api/tags';
import { asApiError, change, useData } from '../api/data';
import { Button } from '../ui/Button';
import { showToast } from '../ui/toasts';
import { SettingsCard } from './SettingsCard';

/** Every tag in use, with how many records carry it: rename one, or rename it to another to merge the two. */
export function TagsSection() {
  const { data, error } = useData('tags.list', {});
  return (
    <SettingsCard id="tags-settings-heading" icon={Tags} title="Tags" error={error}>
      {data && data.length === 0 && <p className="muted">No tags yet. Tag candidates from their page, or many at once from the list.</p>}
      <ul className="tag-settings" aria-label="Tags in use">
        {(data ?? []).map((tag) => (
          <TagRow key={tag.name} tag={tag} />
        ))}
      </ul>
    </SettingsCard>
  );
}

function TagRow({ tag }: { tag: TagUse }) {
  const [name, setName] = useState(tag.name);
  const rename = async () => {
    try {
      const { renamed } = await change('tags.rename', { from: tag.name, to: name });
      showToast({ message: `Renamed “${tag.name}” to “${name.trim()}” on ${renamed.toLocaleString()} ${renamed === 1 ? 'record' : 'records'}.` });
    } catch (error) {
      showToast({ message: asApiError(error).message, tone: 'error' });
    }
  };
  return (
    <li className="tag-settings-row">
      <input className="input" aria-label={`New name for “${tag.name}”`} value={name} onChange={(e) => setName(e.target.value)} />
      <span className="tag-count">
        {tag.count.toLocaleString()} {tag.count === 1 ? 'record' : 'records'}
      </span>
      <Button disabled={name.trim() === '' || name.trim() === tag.name} onClick={() => void rename()}>
        Rename
      </Button>
    </li>
  );
}
