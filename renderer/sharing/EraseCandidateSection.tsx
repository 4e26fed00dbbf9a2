import { Eraser } from 'lucide-react';
import { useState } from 'react';
import type { Candidate } from '../../src/api/candidates';
import { Button } from '../ui/Button';
import '../styles/sharing.css';
import { EraseCandidateDialog } from './EraseCandidateDialog';

/** The candidate page's danger zone: a person's right to be forgotten. */
export function EraseCandidateSection({ candidate }: { candidate: Candidate }) {
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="card sharing-danger" aria-labelledby="erase-heading">
      <h2 className="card-title card-title--icon" id="erase-heading">
        <Eraser size={16} aria-hidden />
        Right to be forgotten
      </h2>
      <p className="muted card-lead">
        If {candidate.name} asks you to delete their data, erase them: unlike Delete, nothing goes to the trash.
      </p>
      <div>
        <Button className="button--danger-outline" icon={Eraser} onClick={() => setConfirming(true)}>
          Erase {candidate.name}…
        </Button>
      </div>
      {confirming && <EraseCandidateDialog candidate={candidate} onClose={() => setConfirming(false)} />}
    </section>
  );
}
