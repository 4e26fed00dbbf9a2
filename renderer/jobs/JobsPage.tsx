import { BriefcaseBusiness, Building2, Plus, SearchX } from 'lucide-react';
import { useEffect } from 'react';
import { Link } from 'wouter';
import { jobStatusLabels, type JobStatus } from '../../src/api/jobs';
import { useData } from '../api/data';
import { usePages } from '../api/usePages';
import { paths } from '../app/paths';
import { BulkBar } from '../lists/BulkBar';
import { followList } from '../lists/selectionStore';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { ListPage } from '../ui/ListPage';
import { useDebounced } from '../ui/useDebounced';
import { useShortcut } from '../ui/useShortcut';
import { openJobEditor } from './jobEditorStore';
import { JobEditorDialog } from './JobEditorDialog';
import { JobList } from './JobList';
import { useJobList } from './jobListStore';
import { JobsToolbar } from './JobsToolbar';

export function JobsPage() {
  const { clientId, status, priority, tag, sort } = useJobList();
  const settledTag = useDebounced(tag, 150);
  const filters = { clientId, status, priority, tag: settledTag };
  const { items, total, error, hasMore, loadMore } = usePages('jobs.list', { ...filters, sort });
  // A selection belongs to the filters it was made in.
  useEffect(() => followList('job', JSON.stringify(filters)));
  // Whether there is any job at all, and any client to give one to, decides which empty page to show.
  const everything = useData('jobs.list', { limit: 1 });
  const anyClient = useData('clients.list', { limit: 1 });
  const noJobsYet = everything.data?.total === 0;
  const noClientsYet = anyClient.data?.total === 0;

  const newJob = () => openJobEditor({ mode: 'new', clientId });
  useShortcut('n', () => !noClientsYet && newJob());

  const newJobButton = (
    <Button variant="primary" icon={Plus} shortcut="N" onClick={newJob}>
      New job
    </Button>
  );

  return (
    <ListPage
      title="Jobs"
      loaded={items !== undefined && everything.data !== undefined}
      error={error}
      total={total}
      count={items === undefined ? undefined : countLabel(total, status, clientId !== null || priority !== null || settledTag.trim() !== '')}
      emptyBook={
        noJobsYet && noClientsYet ? (
          <EmptyState
            icon={Building2}
            title="Add a client first"
            action={
              <Link href={paths.clients} className="button button--primary">
                Go to clients
              </Link>
            }
          >
            <p>Every job order belongs to a client. Add the company you recruit for, with its hiring manager and HR contact.</p>
          </EmptyState>
        ) : noJobsYet ? (
          <EmptyState icon={BriefcaseBusiness} title="No jobs yet" action={newJobButton}>
            <p>
              Add the job orders your clients give you. Each one keeps its intake: must-have skills, interview stages,
              compensation, selling points, deal-breakers and how urgent the hire is.
            </p>
          </EmptyState>
        ) : null
      }
      noMatch={
        <EmptyState
          icon={SearchX}
          title={status && clientId === null && priority === null && settledTag.trim() === '' ? `No ${jobStatusLabels[status].toLowerCase()} jobs` : 'No jobs match'}
          action={
            <Button onClick={() => useJobList.setState({ clientId: null, status: null, priority: null, tag: '' })}>Show all jobs</Button>
          }
        >
          <p>Nothing matches these filters. Other jobs may be on hold, filled or cancelled.</p>
        </EmptyState>
      }
      actions={newJobButton}
      toolbar={
        <>
          <JobsToolbar />
          <BulkBar matching={{ kind: 'job', filters }} total={total} />
        </>
      }
      list={items && <JobList items={items} total={total} hasMore={hasMore} loadMore={loadMore} />}
    >
      <JobEditorDialog />
    </ListPage>
  );
}

function countLabel(total: number, status: JobStatus | null, filtered: boolean): string {
  const kind = status ? `${jobStatusLabels[status].toLowerCase()} ` : '';
  const jobs = `${total.toLocaleString()} ${kind}${total === 1 ? 'job' : 'jobs'}`;
  return filtered ? `${jobs} match` : jobs;
}
