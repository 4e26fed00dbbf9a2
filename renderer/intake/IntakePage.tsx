import { ChevronLeft, ClipboardList } from 'lucide-react';
import { Link, useLocation } from 'wouter';
import type { IntakeRevision } from '../../src/api/intake';
import { useData } from '../api/data';
import { paths } from '../app/paths';
import { formatDay } from '../ui/dates';
import { PageHeader } from '../ui/PageHeader';
import { showToast } from '../ui/toasts';
import { IntakeForm } from './IntakeForm';
import { MissingRecord } from '../ui/MissingRecord';

/** The intake meeting, recorded or revised: the form opens on what was agreed last time. */
export function IntakePage({ id }: { id: string }) {
  const [, navigate] = useLocation();
  const { data, error } = useData('jobs.get', { id });
  const { data: client, error: clientError } = useData('clients.get', data ? { id: data.job.clientId } : null);
  const problem = error ?? clientError;

  if (problem) {
    return (
      <MissingRecord
        icon={ClipboardList}
        title="This job is not here"
        error={problem}
        gone="It may have been moved to the trash, where you can restore it."
        back={{ href: paths.jobs, label: 'Back to jobs' }}
      />
    );
  }
  // The form starts from what is saved, so it waits for all of it rather than starting blank.
  if (!data || !client) return <div className="page" aria-busy="true" />;

  const { job, intake: current } = data;

  function saved(revision: IntakeRevision) {
    const message =
      current && revision.id === current.id
        ? `Nothing changed: the intake stays at revision ${current.revision}`
        : revision.revision === 1
          ? 'Intake saved'
          : `Revision ${revision.revision} of the intake saved`;
    showToast({ message });
    navigate(paths.job(job.id));
  }

  return (
    <div className="page">
      <PageHeader
        before={
          <Link href={paths.job(job.id)} className="back-link">
            <ChevronLeft size={15} aria-hidden />
            {job.title}
          </Link>
        }
        title={current ? 'Revise intake' : 'Intake'}
        subtitle={
          current
            ? `${job.title} at ${job.clientName} · revision ${current.revision}, held ${formatDay(current.heldOn)}, is the current one`
            : `${job.title} at ${job.clientName} · agree what the ideal candidate looks like and how you will work together`
        }
      />
      <IntakeForm job={job} current={current} contacts={client.contacts} onSaved={saved} />
    </div>
  );
}
