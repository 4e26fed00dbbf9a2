import type { Taggable } from '../../src/api/tags';
import { asApiError, change, useData } from '../api/data';
import { TagInput } from '../ui/TagInput';
import { showToast } from '../ui/toasts';
import { TagSuggestions } from './TagSuggestions';

const words: Record<Taggable, string> = { candidate: 'candidate', contact: 'contact', client: 'client', job: 'job' };

/** Saves a record's tags at once: each added or taken off is one change, with nothing else to press. */
export function saveTags(kind: Taggable, id: string, tags: string[]): void {
  void change('tags.set', { kind, id, tags }).catch((e: unknown) => showToast({ message: asApiError(e).message, tone: 'error' }));
}

/** A client's or a job's tags, edited in place, with the tags in use on other records of its kind one click away. */
export function TagsCard({ kind, id }: { kind: Taggable; id: string }) {
  const tags = useData('tags.of', { kind, id }).data ?? [];
  const headingId = `${kind}-tags-heading`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 className="card-title" id={headingId}>
        Tags
      </h2>
      <TagInput
        id={`${kind}-tags`}
        label={`Tags on this ${words[kind]}`}
        values={tags}
        onChange={(next) => saveTags(kind, id, next)}
        placeholder="Add a tag, press Enter"
      />
      <TagSuggestions kind={kind} chosen={tags} onPick={(tag) => saveTags(kind, id, [...tags, tag])} limit={8} />
    </section>
  );
}
