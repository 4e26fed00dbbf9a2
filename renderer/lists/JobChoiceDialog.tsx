import { useState } from 'react';
import { useData } from '../api/data';
import { Button } from '../ui/Button';
import { Dialog, DialogFooter } from '../ui/Dialog';
import { Field } from '../ui/Field';

/** More jobs than any desk works at once; the select lists them all. */
const MAX_JOBS = 500;

/** Chooses an open job to submit many candidates to; `submit` does the submitting. */
export function JobChoiceDialog({ title, onSubmit, onClose }: { title: string; onSubmit: (jobId: string) => Promise<boolean>; onClose: () => void }) {
  const jobs = useData('jobs.list', { status: 'open', sort: 'target', limit: MAX_JOBS });
  const [chosen, setChosen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const jobId = chosen ?? jobs.data?.items[0]?.id ?? null;
  const submit = async () => {
    if (jobId === null) return;
    setBusy(true);
    if (await onSubmit(jobId)) onClose();
    setBusy(false);
  };
  return (
    <Dialog title={title} description="Each becomes a submission, shortlisted for the job. Those already on it are skipped and named." onClose={onClose}>
      <div className="dialog-body">
        {jobs.data && jobs.data.items.length === 0 ? (
          <p>There are no open jobs to submit to.</p>
        ) : (
          <Field label="Job" controlId="bulk-job">
            <select id="bulk-job" className="input select" value={jobId ?? ''} onChange={(e) => setChosen(e.target.value)} data-autofocus>
              {(jobs.data?.items ?? []).map((job) => (
                <option key={job.id} value={job.id}>
                  {job.title} at {job.clientName}
                </option>
              ))}
            </select>
          </Field>
        )}
      </div>
      <DialogFooter>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="primary" disabled={busy || jobId === null} onClick={() => void submit()}>
          Submit
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
