import { Search } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { stageLabels, type BoardCard } from '../../../src/api/submissions';
import { asApiError, change, useData } from '../../api/data';
import { paths } from '../../app/paths';
import { Button } from '../../ui/Button';
import { Dialog, DialogFooter } from '../../ui/Dialog';
import { useDebounced } from '../../ui/useDebounced';
import { announce } from '../move/moveStore';
import { closeAddCandidate } from './pipelineStore';

interface AddCandidateDialogProps {
  jobId: string;
  jobTitle: string;
  /** Who is on the board already: a candidate is presented for a job once. */
  onBoard: BoardCard[];
}

const RESULTS = 20;
const startStages = ['shortlisted', 'submitted'] as const;

/** Finds candidates by name, title, skill or anything in their resume, and puts one on the board. */
export function AddCandidateDialog({ jobId, jobTitle, onBoard }: AddCandidateDialogProps) {
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const [stage, setStage] = useState<(typeof startStages)[number]>('shortlisted');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const settled = useDebounced(query.trim(), 120);
  const { data, error: listError } = useData('candidates.list', { query: settled, sort: settled ? 'updated' : 'name', limit: RESULTS });
  const already = new Map(onBoard.map((c) => [c.candidateId, c]));
  const results = data?.items ?? [];
  const choice = results.find((c) => c.id === chosen && !already.has(c.id));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!choice) {
      setError('Choose a candidate to add.');
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await change('submissions.create', { candidateId: choice.id, jobId, stage });
      const message = `${choice.name} added to ${stageLabels[stage]}.`;
      setAdded(message);
      announce(message);
      setChosen(null);
    } catch (e) {
      setError(asApiError(e).message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Dialog title="Add a candidate" description={`Put someone on the pipeline for ${jobTitle}.`} onClose={closeAddCandidate} wide>
      <form className="dialog-form" noValidate onSubmit={onSubmit}>
        <div className="dialog-body add-candidate">
          <div className="search">
            <Search size={15} aria-hidden className="search-icon" />
            <input
              className="input search-input"
              type="search"
              aria-label="Search candidates"
              placeholder="Name, title, skill…"
              value={query}
              autoComplete="off"
              spellCheck={false}
              data-autofocus
              onChange={(e) => {
                setQuery(e.target.value);
                setAdded(null);
              }}
              onKeyDown={(e) => {
                // Down goes to the results, as in any search list.
                if (e.key === 'ArrowDown') {
                  e.preventDefault();
                  e.currentTarget.form?.querySelector<HTMLInputElement>('.candidate-choice input:not(:disabled)')?.focus();
                }
              }}
            />
          </div>
          {listError ? (
            <p className="page-error" role="alert">
              {listError.message}
            </p>
          ) : data && results.length === 0 ? (
            <p className="add-candidate-empty muted">
              {settled ? `No candidates match “${settled}”.` : 'No candidates yet.'}{' '}
              <Link href={paths.candidates} className="link" onClick={closeAddCandidate}>
                Go to Candidates
              </Link>{' '}
              to add them.
            </p>
          ) : (
            <fieldset className="candidate-choices" aria-busy={!data} tabIndex={0}>
              <legend className="sr-only">Candidate</legend>
              {results.map((candidate) => {
                const on = already.get(candidate.id);
                return (
                  <label key={candidate.id} className={on ? 'candidate-choice candidate-choice--on' : 'candidate-choice'}>
                    <input
                      type="radio"
                      name="candidate"
                      value={candidate.id}
                      checked={chosen === candidate.id && !on}
                      disabled={on !== undefined}
                      onChange={() => {
                        setChosen(candidate.id);
                        setError(null);
                      }}
                    />
                    <span className="candidate-choice-text">
                      <span className="candidate-choice-name">{candidate.name}</span>
                      <span className="candidate-choice-detail muted">
                        {[candidate.currentTitle, candidate.currentEmployer, candidate.location].filter(Boolean).join(' · ') ||
                          'No current role recorded'}
                      </span>
                    </span>
                    {on && <span className="candidate-choice-on">On this job · {stageLabels[on.stage]}</span>}
                  </label>
                );
              })}
              {data?.total != null && data.total > results.length && (
                <p className="hint">
                  Showing {results.length} of {data.total}: type to narrow the list.
                </p>
              )}
            </fieldset>
          )}
          <fieldset className="fieldset add-candidate-stage">
            <legend className="field-label">Add as</legend>
            <div className="segmented">
              {startStages.map((s) => (
                <label key={s} className="segment">
                  <input type="radio" name="stage" value={s} checked={stage === s} onChange={() => setStage(s)} />
                  <span>{stageLabels[s]}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <p className="add-candidate-added" role="status">
            {added}
          </p>
        </div>
        <DialogFooter error={error}>
          <Button onClick={closeAddCandidate}>Done</Button>
          <Button type="submit" variant="primary" disabled={saving || !choice}>
            {saving ? 'Adding…' : choice ? `Add ${choice.name}` : 'Add to pipeline'}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
