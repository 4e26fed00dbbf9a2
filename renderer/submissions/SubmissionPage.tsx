import { Send } from 'lucide-react';
import { useEffect } from 'react';
import { useData } from '../api/data';
import { paths } from '../app/paths';
import { DEFAULT_CURRENCY } from '../clients/feeDraft';
import { FollowUpsPanel } from '../followUps/FollowUpsPanel';
import { WriteMessageButton } from '../messages/WriteMessageButton';
import { MoveAnnouncer } from './move/MoveAnnouncer';
import { MoveDialog } from './move/MoveDialog';
import { MoveMenu } from './move/MoveMenu';
import { closeMoveDialog, closeMoveMenu } from './move/moveStore';
import { FeedbackDialog } from './submission/FeedbackDialog';
import { PlacementSummary } from './submission/PlacementSummary';
import { PrepNoteDialog } from './submission/PrepNoteDialog';
import { ScheduleInterviewDialog } from './submission/ScheduleInterviewDialog';
import { StagePath } from './submission/StagePath';
import { SubmissionHeader } from './submission/SubmissionHeader';
import { SubmissionTimeline } from './submission/SubmissionTimeline';
import { closeSubmissionDialog, useSubmissionPage } from './submission/submissionStore';
import { MissingRecord } from '../ui/MissingRecord';

export function SubmissionPage({ id }: { id: string }) {
  const { data, error } = useData('submissions.get', { id });
  const submission = data?.submission;
  // The client's contacts are the interviewers and the voices of feedback; the job names its hiring manager.
  const { data: client } = useData('clients.get', submission ? { id: submission.clientId } : null);
  const { data: job } = useData('jobs.get', submission ? { id: submission.jobId } : null);
  const dialog = useSubmissionPage((s) => s.dialog);

  useEffect(
    () => () => {
      closeSubmissionDialog();
      closeMoveMenu();
      closeMoveDialog();
    },
    [],
  );

  if (error) {
    return (
      <MissingRecord
        icon={Send}
        title="This submission is not here"
        error={error}
        gone="Its candidate or job may have been moved to the trash, where you can restore it."
        back={{ href: paths.jobs, label: 'Back to jobs' }}
      />
    );
  }
  if (!data || !submission) return <div className="page" aria-busy="true" />;

  const currency =
    submission.placement?.salary.currency ??
    job?.job.salary?.currency ??
    (job?.job.fee?.type === 'flat' ? job.job.fee.currency : DEFAULT_CURRENCY);
  const contacts = client?.contacts;
  const about = { kind: 'submission', id: submission.id, name: `${submission.candidateName} for ${submission.jobTitle}` } as const;

  return (
    <div className="page submission-page">
      <SubmissionHeader submission={submission} steps={data.interviewSteps} currency={currency} />
      <div className="submission-layout">
        <div className="submission-main">
          <SubmissionTimeline detail={data} />
        </div>
        <div className="submission-aside">
          {submission.placement && <PlacementSummary placement={submission.placement} />}
          <StagePath submission={submission} history={data.history} />
          <FollowUpsPanel about={about}>
            <WriteMessageButton about={about} stage={submission.stage} />
          </FollowUpsPanel>
        </div>
      </div>
      {dialog?.kind === 'schedule' && <ScheduleInterviewDialog detail={data} contacts={contacts} intake={job?.intake} />}
      {dialog?.kind === 'feedback' && (
        <FeedbackDialog submission={submission} contacts={contacts} defaultContactId={job?.job.hiringManagerId ?? null} />
      )}
      {dialog?.kind === 'prep' && <PrepNoteDialog submission={submission} body={dialog.body} />}
      <MoveMenu />
      <MoveDialog />
      <MoveAnnouncer />
    </div>
  );
}
