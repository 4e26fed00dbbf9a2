import { Eraser } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import type { Candidate } from '../../src/api/candidates';
import { asApiError } from '../api/data';
import { paths } from '../app/paths';
import { Button } from '../ui/Button';
import { Dialog, DialogFooter } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { eraseCandidate } from './sharingActions';

const folded = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();
const sameName = (typed: string, name: string) => folded(typed) === folded(name);

/** Erasing cannot be undone, so the recruiter types the candidate's name to confirm it. */
export function EraseCandidateDialog({ candidate, onClose }: { candidate: Candidate; onClose: () => void }) {
  const [, navigate] = useLocation();
  const [typed, setTyped] = useState('');
  const [erasing, setErasing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const confirmed = sameName(typed, candidate.name);

  async function erase(event: FormEvent) {
    event.preventDefault();
    if (!confirmed || erasing) return;
    setErasing(true);
    setError(null);
    try {
      await eraseCandidate(candidate, () => navigate(paths.candidates));
    } catch (problem) {
      setError(asApiError(problem).message);
      setErasing(false);
    }
  }

  return (
    <Dialog title={`Erase ${candidate.name} for good?`} description="Their right to be forgotten. This cannot be undone." onClose={onClose}>
      <form className="dialog-form" noValidate onSubmit={(event) => void erase(event)}>
        <div className="dialog-body sharing-erase">
          <ul className="sharing-moves">
            <li>
              Removes {candidate.name} and everything about them from this computer: their submissions with their history, notes, attached
              files and follow-ups.
            </li>
            <li>Nothing goes to the trash and nothing can bring them back, not even an older export.</li>
            <li>Colleagues’ databases erase them too, the next time they import an export of yours.</li>
          </ul>
          <Field label={`Type ${candidate.name} to confirm`} controlId={inputId}>
            <input
              id={inputId}
              className="input"
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
              autoComplete="off"
              spellCheck={false}
              data-autofocus
            />
          </Field>
        </div>
        <DialogFooter error={error}>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" className="button--danger" icon={Eraser} disabled={!confirmed || erasing}>
            {erasing ? 'Erasing…' : 'Erase for good'}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
