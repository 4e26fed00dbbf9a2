import { ChevronLeft, MapPin, Pencil, Send, Trash2 } from 'lucide-react';
import { Link, useLocation } from 'wouter';
import type { Candidate } from '../../src/api/candidates';
import { asApiError } from '../api/data';
import { paths } from '../app/paths';
import { confirmTrash } from '../trash/confirmTrash';
import { moveToTrash } from '../trash/trashActions';
import { Button } from '../ui/Button';
import { Initials } from '../ui/Initials';
import { PageHeader } from '../ui/PageHeader';
import { showToast } from '../ui/toasts';
import { currentRole } from './candidateFormat';
import { setEditingCandidate, setSubmitting } from './candidatePageStore';

export function CandidateHeader({ candidate }: { candidate: Candidate }) {
  const [, navigate] = useLocation();
  const role = currentRole(candidate);

  async function deleteCandidate() {
    if (!(await confirmTrash({ kind: 'candidate', id: candidate.id, name: candidate.name }))) return;
    // Leave first: this page is about to stop existing and should not try to show itself again.
    navigate(paths.candidates);
    try {
      await moveToTrash({ kind: 'candidate', id: candidate.id, name: candidate.name }, () => navigate(paths.candidate(candidate.id)));
    } catch (error) {
      showToast({ message: asApiError(error).message, tone: 'error' });
    }
  }

  return (
    <PageHeader
      before={
        <Link href={paths.candidates} className="back-link">
          <ChevronLeft size={15} aria-hidden />
          Candidates
        </Link>
      }
      title={
        <span className="candidate-title">
          <Initials name={candidate.name} size="large" />
          <span>{candidate.name}</span>
        </span>
      }
      subtitle={
        (role || candidate.location) && (
          <span className="candidate-subtitle">
            {role && <span>{role}</span>}
            {role && candidate.location && (
              <span className="dot-sep" aria-hidden>
                ·
              </span>
            )}
            {candidate.location && (
              <span>
                <MapPin size={13} aria-hidden className="inline-icon" />
                {candidate.location}
              </span>
            )}
          </span>
        )
      }
      actions={
        <>
          <Button variant="primary" icon={Send} onClick={() => setSubmitting(true)}>
            Submit to a job
          </Button>
          <Button icon={Pencil} onClick={() => setEditingCandidate('details')}>
            Edit candidate
          </Button>
          <Button variant="ghost" className="button--danger-ghost" icon={Trash2} onClick={deleteCandidate}>
            Delete candidate
          </Button>
        </>
      }
    />
  );
}
