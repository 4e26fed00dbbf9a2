import type { Method } from '../api/contract';
import type { TimelineEntry } from '../api/submissions';
import { getCandidate } from '../candidates/candidates';
import type { Core } from '../db/core';
import { currentIntake } from '../jobs/intake';
import { getJob } from '../jobs/jobs';
import { listNotes } from '../notes/notes';
import type { Handlers } from '../server/handler';
import { jobBoard } from './board';
import { addFeedback, submissionFeedback } from './feedback';
import { scheduleInterview, submissionInterviews, updateInterview } from './interviews';
import { submittalProfile } from './profile';
import { createSubmission, getSubmission, interviewSteps, moveSubmission, stageHistory } from './submissions';

type SubmissionMethods = Extract<Method, `submissions.${string}` | `interviews.${string}` | `feedback.${string}`>;

function submissionDetail(core: Core, id: string) {
  const submission = getSubmission(core, id);
  const history = stageHistory(core, id);
  const interviews = submissionInterviews(core, id);
  const feedback = submissionFeedback(core, id);
  const prepNotes = listNotes(core, { about: { kind: 'submission', id } })
    .filter((n) => n.kind === 'prep')
    .map((n) => ({ id: n.id, body: n.body, createdAt: n.createdAt }));
  const timeline: TimelineEntry[] = [
    ...history.map((change) => ({ kind: 'stage' as const, at: change.at, change })),
    ...interviews.map((interview) => ({ kind: 'interview' as const, at: interview.startsAt, interview })),
    ...feedback.map((item) => ({ kind: 'feedback' as const, at: item.createdAt, feedback: item })),
    ...prepNotes.map((note) => ({ kind: 'prep' as const, at: note.createdAt, note })),
  ].sort((a, b) => b.at.localeCompare(a.at));
  return { submission, history, interviews, feedback, prepNotes, timeline, interviewSteps: interviewSteps(core, submission.jobId) };
}

export const submissionHandlers: Handlers<SubmissionMethods> = {
  'submissions.create': createSubmission,
  'submissions.get': (core, { id }) => submissionDetail(core, id),
  'submissions.move': moveSubmission,
  'submissions.board': (core, { jobId }) => jobBoard(core, jobId),
  'submissions.profile': (core, { id, includeContactDetails }) => {
    const submission = getSubmission(core, id);
    return submittalProfile(
      getCandidate(core, submission.candidateId),
      getJob(core, submission.jobId),
      currentIntake(core, submission.jobId),
      includeContactDetails,
    );
  },
  'interviews.schedule': scheduleInterview,
  'interviews.update': updateInterview,
  'feedback.add': addFeedback,
};
