import { Building2, ChevronLeft, FileText, Pencil, Trash2 } from 'lucide-react';
import { Link, useLocation } from 'wouter';
import { employmentTypeLabels, type Job } from '../../src/api/jobs';
import { asApiError } from '../api/data';
import { paths } from '../app/paths';
import { confirmTrash } from '../trash/confirmTrash';
import { moveToTrash } from '../trash/trashActions';
import { Button } from '../ui/Button';
import { PageHeader } from '../ui/PageHeader';
import { showToast } from '../ui/toasts';
import { PriorityTag } from './jobBadges';
import { openJobEditor } from './jobEditorStore';
import { formatWhere, openingsLabel } from './jobFormat';
import { JobStatusPicker } from './JobStatusPicker';

export function JobHeader({ job }: { job: Job }) {
  const [, navigate] = useLocation();

  async function deleteJob() {
    if (!(await confirmTrash({ kind: 'job', id: job.id, name: job.title }))) return;
    // Leave first: this page is about to stop existing and should not try to show itself again.
    navigate(paths.jobs);
    try {
      await moveToTrash({ kind: 'job', id: job.id, name: job.title }, () => navigate(paths.job(job.id)));
    } catch (error) {
      showToast({ message: asApiError(error).message, tone: 'error' });
    }
  }

  const where = formatWhere(job);
  return (
    <PageHeader
      before={
        <Link href={paths.jobs} className="back-link">
          <ChevronLeft size={15} aria-hidden />
          Jobs
        </Link>
      }
      title={
        <span className="job-title">
          <span>{job.title}</span>
          <JobStatusPicker job={job} />
          <PriorityTag priority={job.priority} />
        </span>
      }
      subtitle={
        <span className="job-subtitle">
          <Link href={paths.client(job.clientId)} className="link job-client-link">
            <Building2 size={13} aria-hidden className="inline-icon" />
            {job.clientName}
          </Link>
          {[where, employmentTypeLabels[job.employmentType], openingsLabel(job.openings)]
            .filter(Boolean)
            .map((part) => (
              <span key={part}>
                <span className="dot-sep" aria-hidden>
                  ·
                </span>
                {part}
              </span>
            ))}
        </span>
      }
      actions={
        <>
          <Link href={paths.jobBrief(job.id)} className="button button--secondary">
            <FileText size={15} aria-hidden className="button-icon" />
            View brief
          </Link>
          <Button icon={Pencil} onClick={() => openJobEditor({ mode: 'edit', job })}>
            Edit job
          </Button>
          <Button variant="ghost" className="button--danger-ghost" icon={Trash2} onClick={deleteJob}>
            Delete job
          </Button>
        </>
      }
    />
  );
}
