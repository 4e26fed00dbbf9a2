import { ArrowRight, BriefcaseBusiness } from 'lucide-react';
import { Link } from 'wouter';
import { z } from 'zod';
import type { Candidate, CandidateSubmission } from '../../src/api/candidates';
import { ApiError } from '../../src/api/errors';
import type { JobSummary } from '../../src/api/jobs';
import { stageLabels, SubmissionCreateInput } from '../../src/api/submissions';
import { asApiError, change, useData, useDataVersion } from '../api/data';
import { paths } from '../app/paths';
import { Button, SaveButton } from '../ui/Button';
import { Dialog, DialogFooter } from '../ui/Dialog';
import { EmptyState } from '../ui/EmptyState';
import { Field } from '../ui/Field';
import { showToast } from '../ui/toasts';
import { useForm } from '../ui/useForm';

/** More jobs than any desk works at once; the select lists them all. */
const MAX_JOBS = 500;

const firstStages = [
  ['shortlisted', 'On your shortlist for this job; the client has not seen them yet.'],
  ['submitted', 'Presented to the client today.'],
] as const;

/** The form asks for the job in words, not as a bad id. */
const schema = SubmissionCreateInput.extend({ jobId: z.string().min(1, 'Choose the job to put them forward for') });

type SubmitDraft = { jobId: string; stage: string };

interface SubmitToJobDialogProps {
  candidate: Candidate;
  submissions: CandidateSubmission[];
  onClose: () => void;
}

/** Puts the candidate forward for a job that still takes candidates: shortlisted, or straight to the client. */
export function SubmitToJobDialog({ candidate, submissions, onClose }: SubmitToJobDialogProps) {
  const open = useData('jobs.list', { status: 'open', sort: 'target', limit: MAX_JOBS });
  const onHold = useData('jobs.list', { status: 'on_hold', sort: 'target', limit: MAX_JOBS });
  const form = useForm({
    id: 'submit',
    initial: { jobId: '', stage: 'shortlisted' },
    schema,
    toInput: (draft: SubmitDraft) => ({
      candidateId: candidate.id,
      jobId: draft.jobId,
      stage: draft.stage as 'shortlisted' | 'submitted',
    }),
    save: async (input) => {
      try {
        const submission = await change('submissions.create', input);
        const done = submission.stage === 'submitted' ? `submitted to ${submission.clientName} for` : 'shortlisted for';
        showToast({ message: `${candidate.name} ${done} ${submission.jobTitle}` });
        onClose();
      } catch (error) {
        const refusal = asApiError(error);
        if (refusal.code !== 'duplicate') throw refusal;
        // Someone put them forward meanwhile (a colleague's merge): show what is there now, and say so at the job.
        useDataVersion.setState((s) => ({ version: s.version + 1 }));
        throw new ApiError('duplicate', refusal.message, 'jobId');
      }
    },
  });

  const loaded = open.data !== undefined && onHold.data !== undefined;
  const noJobs = open.data?.total === 0 && onHold.data?.total === 0;
  const existing = submissions.find((s) => s.jobId === form.draft.jobId);
  const jobControl = form.control('jobId');

  return (
    <Dialog title={`Submit ${candidate.name} to a job`} description="Jobs that are open or on hold take candidates." onClose={onClose}>
      <form className="dialog-form" noValidate onSubmit={form.onSubmit}>
        <div className="dialog-body submit-form">
          {noJobs ? (
            <EmptyState
              icon={BriefcaseBusiness}
              title="No open jobs"
              compact
              action={
                <Link href={paths.jobs} className="button button--secondary">
                  Go to jobs
                </Link>
              }
            >
              <p>Open a job order for one of your clients first; then put {candidate.name} forward for it.</p>
            </EmptyState>
          ) : (
            <>
              <Field label="Job" controlId={jobControl.id} required error={form.errorFor('jobId')}>
                <select className="input select" required data-autofocus {...jobControl}>
                  <option value="">{loaded ? 'Choose a job…' : 'Loading jobs…'}</option>
                  <JobOptions label="Open" jobs={open.data?.items} submissions={submissions} />
                  <JobOptions label="On hold" jobs={onHold.data?.items} submissions={submissions} />
                </select>
              </Field>
              {existing && (
                <p className="submit-existing">
                  Already {stageLabels[existing.stage].toLowerCase()} here.{' '}
                  <Link href={paths.submission(existing.id)} className="link" onClick={onClose}>
                    Open that submission
                    <ArrowRight size={13} aria-hidden className="inline-icon-after" />
                  </Link>
                </p>
              )}
              <fieldset className="fieldset">
                <legend className="field-label">Stage</legend>
                <div className="segmented segmented--block">
                  {firstStages.map(([stage]) => (
                    <label key={stage} className="segment">
                      <input
                        type="radio"
                        name="stage"
                        value={stage}
                        checked={form.draft.stage === stage}
                        onChange={() => form.set('stage', stage)}
                      />
                      <span>{stageLabels[stage]}</span>
                    </label>
                  ))}
                </div>
                <p className="field-hint">{firstStages.find(([stage]) => stage === form.draft.stage)?.[1]}</p>
              </fieldset>
            </>
          )}
        </div>
        <DialogFooter error={form.formError}>
          <Button onClick={onClose}>Cancel</Button>
          <SaveButton saving={form.saving} disabled={noJobs}>
            {form.draft.stage === 'submitted' ? 'Submit to client' : 'Add to shortlist'}
          </SaveButton>
        </DialogFooter>
      </form>
    </Dialog>
  );
}

function JobOptions({ label, jobs, submissions }: { label: string; jobs: JobSummary[] | undefined; submissions: CandidateSubmission[] }) {
  if (!jobs?.length) return null;
  return (
    <optgroup label={label}>
      {jobs.map((job) => {
        const already = submissions.some((s) => s.jobId === job.id);
        return (
          <option key={job.id} value={job.id} disabled={already}>
            {`${job.title} — ${job.clientName}${already ? ' (already put forward)' : ''}`}
          </option>
        );
      })}
    </optgroup>
  );
}
