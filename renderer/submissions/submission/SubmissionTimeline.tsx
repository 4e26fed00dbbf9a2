import { CalendarPlus, History, MessageSquarePlus, NotebookPen } from 'lucide-react';
import { isClosed, type SubmissionDetail } from '../../../src/api/submissions';
import { Button } from '../../ui/Button';
import { openSubmissionDialog } from './submissionStore';
import { FeedbackItem, InterviewItem, PrepItem, StageItem } from './TimelineItems';

/** Every move, interview, piece of feedback and prep note as one story, newest first. */
export function SubmissionTimeline({ detail }: { detail: SubmissionDetail }) {
  const closed = isClosed(detail.submission.stage);
  return (
    <section className="card story" aria-labelledby="story-heading">
      <div className="card-header story-header">
        <h2 className="card-title card-title--icon" id="story-heading">
          <History size={17} aria-hidden />
          Timeline
        </h2>
        <div className="story-toolbar">
          <Button
            icon={CalendarPlus}
            onClick={() => openSubmissionDialog({ kind: 'schedule' })}
            disabled={closed}
            title={closed ? 'Reopen the submission to schedule an interview' : undefined}
          >
            Schedule interview
          </Button>
          <Button icon={MessageSquarePlus} onClick={() => openSubmissionDialog({ kind: 'feedback' })}>
            Log feedback
          </Button>
          <Button icon={NotebookPen} onClick={() => openSubmissionDialog({ kind: 'prep', body: '' })}>
            Add prep note
          </Button>
        </div>
      </div>
      <ol className="story-list" aria-label="Timeline, newest first">
        {detail.timeline.map((entry) => {
          switch (entry.kind) {
            case 'stage': {
              const at = detail.history.findIndex((c) => c.id === entry.change.id);
              return <StageItem key={`stage-${entry.change.id}`} change={entry.change} previous={detail.history[at - 1]} />;
            }
            case 'interview':
              return <InterviewItem key={`interview-${entry.interview.id}`} interview={entry.interview} />;
            case 'feedback':
              return <FeedbackItem key={`feedback-${entry.feedback.id}`} feedback={entry.feedback} />;
            case 'prep':
              return <PrepItem key={`prep-${entry.note.id}`} note={entry.note} />;
          }
        })}
      </ol>
    </section>
  );
}
