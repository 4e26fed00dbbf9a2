import { Tag } from 'lucide-react';
import type { Taggable } from '../../src/api/tags';
import { useData } from '../api/data';

/** Narrows a list to the records carrying one tag; the tags in use on this kind are offered as the recruiter types. */
export function TagFilter({ kind, value, onChange }: { kind: Taggable; value: string; onChange: (tag: string) => void }) {
  const inUse = useData('tags.suggest', { kind, prefix: value, limit: 20 });
  const listId = `${kind}-tag-choices`;
  return (
    <label className="filter-select tag-filter">
      <Tag size={14} aria-hidden className="sort-icon" />
      <input
        className="input sort-select"
        aria-label="Tag"
        placeholder="Any tag"
        list={listId}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      <datalist id={listId}>
        {(inUse.data ?? []).map((t) => (
          <option key={t.name} value={t.name} />
        ))}
      </datalist>
    </label>
  );
}
