import { CalendarClock, MessageSquareQuote, NotebookPen } from 'lucide-react';
import { useData } from '../api/data';
import { formatInterviewTime, isUpcoming } from '../submissions/submission/interviewTime';
import { formatDay } from '../ui/dates';

/**
 * Under a live submission on the candidate's page: what the recruiter needs before calling them,
 * without opening the submission: the next interviews, what the client said last, the prep notes.
 */
export function SubmissionGlance({ submissionId }: { submissionId: string }) {
  const { data } = useData('submissions.get', { id: submissionId });
  if (!data) return null;
  const upcoming = data.interviews.filter((i) => !i.cancelled && isUpcoming(i)).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const latest = [...data.feedback].sort((a, b) => b.receivedOn.localeCompare(a.receivedOn) || b.createdAt.localeCompare(a.createdAt))[0];
  if (upcoming.length === 0 && !latest && data.prepNotes.length === 0) return null;
  return (
    <ul className="submission-glance">
      {upcoming.map((interview) => (
        <li key={interview.id}>
          <CalendarClock size={13} aria-hidden className="inline-icon" />
          <span>
            Interview{interview.step ? ` (${interview.step})` : ''}: <time dateTime={interview.startsAt}>{formatInterviewTime(interview)}</time>
          </span>
        </li>
      ))}
      {latest && (
        <li>
          <MessageSquareQuote size={13} aria-hidden className="inline-icon" />
          <span>
            {data.submission.clientName}’s latest feedback ({latest.sentiment}, {formatDay(latest.receivedOn)})
            {latest.text ? `: ${latest.text}` : ''}
          </span>
        </li>
      )}
      {data.prepNotes.map((note) => (
        <li key={note.id}>
          <NotebookPen size={13} aria-hidden className="inline-icon" />
          <span>Prep: {note.body}</span>
        </li>
      ))}
    </ul>
  );
}
