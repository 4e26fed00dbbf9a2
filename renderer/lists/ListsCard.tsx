import { ListPlus } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'wouter';
import { asApiError, change, useData } from '../api/data';
import { paths } from '../app/paths';
import { Button } from '../ui/Button';
import { TagInput } from '../ui/TagInput';
import { showToast } from '../ui/toasts';
import { ShortlistDialog } from './ShortlistDialog';

/** A candidate's tags (edited in place, saved at once) and the shortlists they are on. */
export function ListsCard({ candidate }: { candidate: { id: string; name: string } }) {
  const tags = useData('tags.of', { kind: 'candidate', id: candidate.id });
  const lists = useData('shortlists.of', { kind: 'candidate', id: candidate.id });
  const [adding, setAdding] = useState(false);
  const save = (next: string[]) =>
    void change('tags.set', { kind: 'candidate', id: candidate.id, tags: next }).catch((e: unknown) =>
      showToast({ message: asApiError(e).message, tone: 'error' }),
    );
  return (
    <section className="card" aria-labelledby="candidate-lists-heading">
      <h2 className="card-title" id="candidate-lists-heading">
        Tags and shortlists
      </h2>
      <TagInput id="candidate-tags" label="Tags" values={tags.data ?? []} onChange={save} placeholder="Add a tag, press Enter" />
      <ul className="candidate-shortlists" aria-label={`Shortlists ${candidate.name} is on`}>
        {(lists.data ?? []).map((list) => (
          <li key={list.id}>
            <Link href={paths.shortlist(list.id)}>{list.name}</Link>
          </li>
        ))}
      </ul>
      <Button icon={ListPlus} onClick={() => setAdding(true)}>
        Add to shortlist
      </Button>
      {adding && (
        <ShortlistDialog selection={{ kind: 'candidate', ids: [candidate.id] }} count={candidate.name} onClose={() => setAdding(false)} />
      )}
    </section>
  );
}
