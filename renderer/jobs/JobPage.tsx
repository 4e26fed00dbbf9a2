import { BriefcaseBusiness } from 'lucide-react';
import { useData } from '../api/data';
import { paths } from '../app/paths';
import { FollowUpsPanel } from '../followUps/FollowUpsPanel';
import { IntakeCompleteness } from '../intake/IntakeCompleteness';
import { contactNamer } from '../intake/intakeFormat';
import { IntakeGlance } from '../intake/IntakeGlance';
import { IntakeHistory } from '../intake/IntakeHistory';
import { WriteMessageButton } from '../messages/WriteMessageButton';
import { PipelineSummary } from '../submissions/pipeline/PipelineSummary';
import { JobDetails } from './JobDetails';
import { JobEditorDialog } from './JobEditorDialog';
import { JobHeader } from './JobHeader';
import { SubjectNotes } from '../notes/SubjectNotes';
import { JobPeople } from './JobPeople';
import { StatusHistory } from './StatusHistory';
import { MissingRecord } from '../ui/MissingRecord';
import { TagsCard } from '../lists/TagsCard';

export function JobPage({ id }: { id: string }) {
  const { data, error } = useData('jobs.get', { id });
  // The client's contacts name the interviewers of each stage.
  const { data: client } = useData('clients.get', data ? { id: data.job.clientId } : null);

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
  if (!data) return <div className="page" aria-busy="true" />;

  const { job } = data;
  const nameOf = contactNamer(client?.contacts);
  const about = { kind: 'job', id: job.id, name: job.title } as const;
  return (
    <div className="page">
      <JobHeader job={job} />
      <div className="job-layout">
        <div className="job-main">
          <PipelineSummary jobId={job.id} />
          <JobDetails job={job} />
          <IntakeGlance intake={data.intake} nameOf={nameOf} />
          {data.intake && <IntakeHistory jobId={job.id} nameOf={nameOf} />}
        </div>
        <div className="job-aside">
          <IntakeCompleteness jobId={job.id} completeness={data.completeness} hasIntake={data.intake !== null} />
          <JobPeople detail={data} />
          <TagsCard kind="job" id={job.id} />
          <StatusHistory history={data.statusHistory} />
          <FollowUpsPanel about={about}>
            <WriteMessageButton about={about} />
          </FollowUpsPanel>
          <SubjectNotes
            about={{ kind: 'job', id: job.id }}
            placeholder="A call with the hiring manager, feedback on the search, a change of plan…"
          />
        </div>
      </div>
      <JobEditorDialog />
    </div>
  );
}
