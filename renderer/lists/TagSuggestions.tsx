import type { Taggable } from '../../src/api/tags';
import { useData } from '../api/data';

/** The tags in use on this kind of record, most used first, that are not chosen yet: a click adds one. */
export function TagSuggestions({ kind, chosen, onPick, limit = 12 }: { kind: Taggable; chosen: readonly string[]; onPick: (tag: string) => void; limit?: number }) {
  const inUse = useData('tags.suggest', { kind, limit });
  const unused = (inUse.data ?? []).filter((t) => !chosen.some((c) => c.toLowerCase() === t.name.toLowerCase()));
  if (unused.length === 0) return null;
  return (
    <div className="tag-suggestions" role="group" aria-label="Tags in use">
      {unused.map((t) => (
        <button key={t.name} type="button" className="tag tag--small tag-suggestion" onClick={() => onPick(t.name)}>
          {t.name} <span className="tag-count">{t.count}</span>
        </button>
      ))}
    </div>
  );
}
