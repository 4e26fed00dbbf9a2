import { BriefcaseBusiness, Plus } from 'lucide-react';
import { Link } from 'wouter';
import type { Client } from '../../src/api/clients';
import { useData } from '../api/data';
import { paths } from '../app/paths';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { openJobEditor } from './jobEditorStore';
import { showJobsOfClient } from './jobListStore';
import { JobRow } from './JobRow';

/** A client page shows this many; the rest are one click away on the Jobs list. */
const SHOWN = 25;

/** The client's job orders, soonest target first, with a way to add one for this client. */
export function ClientJobs({ client }: { client: Client }) {
  const { data, error } = useData('jobs.list', { clientId: client.id, sort: 'target', limit: SHOWN });
  const newJob = () => openJobEditor({ mode: 'new', clientId: client.id });

  return (
    <section className="card" aria-labelledby="client-jobs-heading">
      <header className="card-header">
        <h2 className="card-title" id="client-jobs-heading">
          Jobs {data && <span className="count">{data.total}</span>}
        </h2>
        <Button icon={Plus} onClick={newJob}>
          New job
        </Button>
      </header>
      {error && (
        <p className="page-error" role="alert">
          {error.message}
        </p>
      )}
      {data?.total === 0 && (
        <EmptyState icon={BriefcaseBusiness} title="No jobs yet" compact>
          <p>Record the roles {client.name} asks you to fill, then run the intake with the hiring manager.</p>
        </EmptyState>
      )}
      {data && data.items.length > 0 && (
        <ul className="client-jobs" aria-label={`Jobs at ${client.name}`}>
          {data.items.map((job) => (
            <li key={job.id} className="client-job">
              <JobRow job={job} ofClient />
            </li>
          ))}
        </ul>
      )}
      {data?.nextCursor && (
        <Link href={paths.jobs} className="link see-all" onClick={() => showJobsOfClient(client.id)}>
          See all {data.total} jobs at {client.name}
        </Link>
      )}
    </section>
  );
}
