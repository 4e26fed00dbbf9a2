import { UserSquare } from 'lucide-react';
import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { useData } from '../api/data';
import { paths } from '../app/paths';
import { FollowUpsPanel } from '../followUps/FollowUpsPanel';
import '../styles/candidates.css';
import { CandidateDetails } from './CandidateDetails';
import { CandidateFormDialog } from './CandidateFormDialog';
import { CandidateHeader } from './CandidateHeader';
import { SubjectNotes } from '../notes/SubjectNotes';
import { resetCandidatePage, setEditingCandidate, setSubmitting, useCandidatePage } from './candidatePageStore';
import { ConsentCard } from './ConsentCard';
import { FilesSection } from './FilesSection';
import { ScreeningSection } from './ScreeningSection';
import { SubmissionsSection } from './SubmissionsSection';
import { SubmitToJobDialog } from './SubmitToJobDialog';
import { MissingRecord } from '../ui/MissingRecord';
import { EraseCandidateSection } from '../sharing/EraseCandidateSection';
import { ListsCard } from '../lists/ListsCard';

export function CandidatePage({ id }: { id: string }) {
  const { data, error } = useData('candidates.get', { id });
  const { editing, submitting } = useCandidatePage();
  const [, navigate] = useLocation();

  // Dialogs, answers being written and uploads shown belong to this visit; leaving closes them.
  useEffect(() => resetCandidatePage, []);

  if (error) {
    return (
      <MissingRecord
        icon={UserSquare}
        title="This candidate is not here"
        error={error}
        gone="They may have been moved to the trash, where you can restore them."
        back={{ href: paths.candidates, label: 'Back to candidates' }}
      />
    );
  }
  if (!data) return <div className="page" aria-busy="true" />;

  const { candidate, files, submissions } = data;
  return (
    <div className="page">
      <CandidateHeader candidate={candidate} />
      <div className="candidate-layout">
        <div className="candidate-main">
          <CandidateDetails candidate={candidate} />
          <ScreeningSection candidate={candidate} />
          <FilesSection candidate={candidate} files={files} />
          <EraseCandidateSection candidate={candidate} />
        </div>
        <div className="candidate-aside">
          <SubmissionsSection candidate={candidate} submissions={submissions} />
          <ListsCard candidate={candidate} />
          <ConsentCard candidate={candidate} />
          <FollowUpsPanel about={{ kind: 'candidate', id: candidate.id, name: candidate.name }} />
          <SubjectNotes
            about={{ kind: 'candidate', id: candidate.id }}
            placeholder={`A call with ${candidate.name}, how they came across, what they asked…`}
          />
        </div>
      </div>
      {editing && (
        <CandidateFormDialog
          candidate={candidate}
          atConsent={editing === 'consent'}
          onClose={() => setEditingCandidate(null)}
          onSaved={() => setEditingCandidate(null)}
          onOpenExisting={(match) => {
            setEditingCandidate(null);
            navigate(paths.candidate(match.id));
          }}
        />
      )}
      {submitting && <SubmitToJobDialog candidate={candidate} submissions={submissions} onClose={() => setSubmitting(false)} />}
    </div>
  );
}
