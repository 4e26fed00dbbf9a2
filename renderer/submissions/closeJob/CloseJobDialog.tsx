import '../../styles/followups.css';
import { useState } from 'react';
import { afterClosing, afterClosingLabels, JobCloseInput, type AfterClosing, type ClosingPlan } from '../../../src/api/jobClosing';
import { stageLabels } from '../../../src/api/submissions';
import { change } from '../../api/data';
import { Button, SaveButton } from '../../ui/Button';
import { Dialog, DialogFooter } from '../../ui/Dialog';
import { TextAreaField } from '../../ui/Field';
import { showToast } from '../../ui/toasts';
import { useForm } from '../../ui/useForm';
import { closeJobPrompt, useJobClosing } from './closeJobStore';

/** Open once a placement fills a job's last opening: close it, and say what becomes of everyone else on it. */
export function CloseJobDialog() {
  const plan = useJobClosing((s) => s.plan);
  return plan ? <CloseJobForm key={plan.jobId} plan={plan} /> : null;
}

type Draft = { reason: string };

function CloseJobForm({ plan }: { plan: ClosingPlan }) {
  const [actions, setActions] = useState<Record<string, AfterClosing>>(() =>
    Object.fromEntries(plan.others.map((o) => [o.submissionId, 'notify' as AfterClosing])),
  );
  const rejecting = Object.values(actions).includes('reject');
  const form = useForm({
    id: 'close-job',
    initial: { reason: '' } satisfies Draft,
    schema: JobCloseInput,
    toInput: (draft: Draft) => ({
      id: plan.jobId,
      others: plan.others.map((o) => ({ submissionId: o.submissionId, action: actions[o.submissionId] ?? 'keep' })),
      reason: draft.reason,
    }),
    save: async (input) => {
      const done = await change('jobs.close', input);
      closeJobPrompt();
      const parts = [
        done.notified && `${done.notified} to tell`,
        done.rejected && `${done.rejected} rejected`,
        done.kept && `${done.kept} kept for another job`,
        done.interviewsCancelled && `${done.interviewsCancelled} interview${done.interviewsCancelled === 1 ? '' : 's'} cancelled`,
      ].filter(Boolean);
      showToast({ message: `${plan.jobTitle} is filled.${parts.length > 0 ? ` ${parts.join(', ')}.` : ''}` });
    },
  });

  const openings = plan.openings === 1 ? 'its one opening is' : `all ${plan.openings} openings are`;
  return (
    <Dialog title={`Close ${plan.jobTitle}?`} description={`With this placement ${openings} filled at ${plan.clientName}.`} onClose={closeJobPrompt} wide>
      <form className="dialog-form" noValidate onSubmit={form.onSubmit}>
        <div className="dialog-body close-job">
          {plan.others.length === 0 ? (
            <p>No one else is on this job. Closing it stops its check-ins and chases.</p>
          ) : (
            <>
              <p>
                Closing it stops the job’s check-ins and chases, and cancels the interviews still to come. What becomes of
                the other {plan.others.length === 1 ? 'candidate' : `${plan.others.length} candidates`}?
              </p>
              <ul className="close-job-others">
                {plan.others.map((other) => (
                  <li key={other.submissionId}>
                    <span className="close-job-name">
                      {other.candidateName}
                      <span className="hint">
                        {' '}
                        · {stageLabels[other.stage]}
                        {other.upcomingInterviews > 0 && ` · ${other.upcomingInterviews} interview${other.upcomingInterviews === 1 ? '' : 's'} to come`}
                      </span>
                    </span>
                    <select
                      className="input select"
                      aria-label={`What becomes of ${other.candidateName}`}
                      value={actions[other.submissionId]}
                      onChange={(e) => setActions((was) => ({ ...was, [other.submissionId]: e.target.value as AfterClosing }))}
                    >
                      {afterClosing.map((action) => (
                        <option key={action} value={action}>
                          {afterClosingLabels[action]}
                        </option>
                      ))}
                    </select>
                  </li>
                ))}
              </ul>
              {rejecting && (
                <TextAreaField form={form} name="reason" label="Why are they rejected?" rows={2} required placeholder="e.g. The role went to another candidate" />
              )}
            </>
          )}
        </div>
        <DialogFooter error={form.formError}>
          <Button onClick={closeJobPrompt}>Keep the job open</Button>
          <SaveButton saving={form.saving}>Close the job as filled</SaveButton>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
