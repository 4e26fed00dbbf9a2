import { BriefcaseBusiness, ChevronLeft, UserPlus } from 'lucide-react';
import { useEffect } from 'react';
import { Link } from 'wouter';
import { isClosed } from '../../src/api/submissions';
import { useData } from '../api/data';
import { paths } from '../app/paths';
import { DEFAULT_CURRENCY } from '../clients/feeDraft';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { PageHeader } from '../ui/PageHeader';
import { useShortcut } from '../ui/useShortcut';
import { MoveAnnouncer } from './move/MoveAnnouncer';
import { MoveDialog } from './move/MoveDialog';
import { MoveMenu } from './move/MoveMenu';
import { closeMoveDialog, closeMoveMenu } from './move/moveStore';
import { AddCandidateDialog } from './pipeline/AddCandidateDialog';
import { Board } from './pipeline/Board';
import { BoardToolbar } from './pipeline/BoardToolbar';
import { ColumnBulkBar } from './pipeline/ColumnSelection';
import { closeAddCandidate, openAddCandidate, usePipeline } from './pipeline/pipelineStore';
import { MissingRecord } from '../ui/MissingRecord';

export function PipelinePage({ jobId }: { jobId: string }) {
  const { data: board, error } = useData('submissions.board', { jobId });
  const { data: job } = useData('jobs.get', { id: jobId });
  const adding = usePipeline((s) => s.adding);
  useShortcut('a', openAddCandidate);

  // Dialogs and menus belong to the page that opened them.
  useEffect(
    () => () => {
      closeAddCandidate();
      closeMoveMenu();
      closeMoveDialog();
    },
    [],
  );

  if (error) {
    return (
      <MissingRecord
        icon={BriefcaseBusiness}
        title="This job is not here"
        error={error}
        gone="It may have been moved to the trash, where you can restore it."
        back={{ href: paths.jobs, label: 'Back to jobs' }}
      />
    );
  }
  if (!board || !job) return <div className="page" aria-busy="true" />;

  const cards = board.columns.flatMap((c) => c.cards);
  const closed = cards.filter((c) => isClosed(c.stage)).length;
  const active = cards.length - closed;
  const currency = job.job.salary?.currency ?? (job.job.fee?.type === 'flat' ? job.job.fee.currency : DEFAULT_CURRENCY);

  return (
    <div className="page page--fill pipeline-page">
      <PageHeader
        before={
          <Link href={paths.job(jobId)} className="back-link">
            <ChevronLeft size={15} aria-hidden />
            {job.job.title}
          </Link>
        }
        title="Pipeline"
        subtitle={
          <span className="pipeline-subtitle">
            <Link href={paths.job(jobId)} className="link">
              {job.job.title}
            </Link>
            <span className="dot-sep" aria-hidden>
              ·
            </span>
            <Link href={paths.client(job.job.clientId)} className="link">
              {job.job.clientName}
            </Link>
            <span className="dot-sep" aria-hidden>
              ·
            </span>
            <span>
              {active} in play{closed > 0 && `, ${closed} closed`}
            </span>
          </span>
        }
        actions={
          <>
            <p className="board-keys hint" id="board-keys">
              <kbd className="kbd">←</kbd>
              <kbd className="kbd">→</kbd>
              <kbd className="kbd">↑</kbd>
              <kbd className="kbd">↓</kbd> between cards · <kbd className="kbd">M</kbd> move · <kbd className="kbd">Enter</kbd> open
            </p>
            <Button variant="primary" icon={UserPlus} shortcut="A" onClick={openAddCandidate}>
              Add candidate
            </Button>
          </>
        }
      />
      {cards.length === 0 ? (
        <EmptyState
          icon={UserPlus}
          title="No one on this job yet"
          action={
            <Button variant="primary" icon={UserPlus} onClick={openAddCandidate}>
              Add candidate
            </Button>
          }
        >
          <p>Add the candidates you mean to present. Each one moves from shortlisted to placed, with every step dated.</p>
        </EmptyState>
      ) : (
        <>
          <BoardToolbar />
          <ColumnBulkBar board={board} />
          <Board board={board} currency={currency} />
        </>
      )}
      {adding && <AddCandidateDialog jobId={jobId} jobTitle={job.job.title} onBoard={cards} />}
      <MoveMenu />
      <MoveDialog />
      <MoveAnnouncer />
    </div>
  );
}
