import { SubmissionMoveInput, isClosed, stageLabels, type StageName } from '../../../src/api/submissions';
import { change } from '../../api/data';
import { amount } from '../../clients/feeDraft';
import { Button } from '../../ui/Button';
import { Dialog, DialogFooter } from '../../ui/Dialog';
import { Field, SelectField, TextAreaField, TextField } from '../../ui/Field';
import { useForm, type Form } from '../../ui/useForm';
import { CloseJobDialog } from '../closeJob/CloseJobDialog';
import { afterPlacement } from '../closeJob/closeJobStore';
import { stageWithStep } from '../stageFormat';
import { nextStep, reasonNeeded, type Mover } from './moveRules';
import { announce, closeMoveDialog, useMoves, type PendingMove } from './moveStore';
import { movedMessage } from './requestMove';

/** The move dialog of a page: open while a move waits for a reason, a step or a placement's terms. */
export function MoveDialog() {
  const pending = useMoves((s) => s.pending);
  return (
    <>
      {pending && <MoveForm key={`${pending.mover.id}-${pending.to}`} pending={pending} />}
      <CloseJobDialog />
    </>
  );
}

type MoveDraft = {
  step: string;
  reason: string;
  'placement.startOn': string;
  'placement.salary.amount': string;
  'placement.salary.currency': string;
};

function reasonLabel(from: Mover, to: StageName): { label: string; placeholder: string } {
  if (to === 'rejected') return { label: 'Why did the client reject them?', placeholder: 'In the client’s words: skills, fit, salary…' };
  if (to === 'withdrawn') return { label: 'Why did the candidate withdraw?', placeholder: 'Took another offer, counter-offer, relocation…' };
  if (isClosed(from.stage)) return { label: 'Why is it reopened?', placeholder: 'What changed since it was closed' };
  return { label: 'Why is it going back?', placeholder: 'What happened, so the history explains itself' };
}

function MoveForm({ pending }: { pending: PendingMove }) {
  const { mover, to, needs, context, refusal } = pending;
  const steps = context.steps;
  const form = useForm({
    id: 'move',
    initial: {
      step: nextStep(mover, steps) ?? '',
      reason: '',
      'placement.startOn': '',
      'placement.salary.amount': '',
      'placement.salary.currency': context.currency,
    } satisfies MoveDraft,
    schema: SubmissionMoveInput,
    toInput: (draft: MoveDraft) => ({
      id: mover.id,
      stage: to,
      step: needs.step ? draft.step : null,
      reason: askReason(draft.step) ? draft.reason : null,
      placement: needs.placement
        ? {
            startOn: draft['placement.startOn'],
            salary: { amount: amount(draft['placement.salary.amount']), currency: draft['placement.salary.currency'] },
          }
        : null,
    }),
    save: async (input) => {
      const moved = await change('submissions.move', input);
      closeMoveDialog();
      announce(movedMessage(mover, moved.stage, moved.step));
      context.afterMove?.(moved);
      // The last opening filled: Shortlist proposes closing the job and the work around it.
      if (moved.stage === 'placed') void afterPlacement(moved.jobId);
    },
  });

  // Choosing an earlier interview step is going back, which needs a reason as well.
  function askReason(step: string) {
    return needs.reason || reasonNeeded(mover, to, to === 'interviewing' ? step || null : null, steps);
  }
  const reason = reasonLabel(mover, to);

  return (
    <Dialog
      title={`Move ${mover.candidateName} to ${stageLabels[to]}`}
      description={`Now at ${stageWithStep(mover.stage, mover.step)}.`}
      onClose={closeMoveDialog}
    >
      <form className="dialog-form" noValidate onSubmit={form.onSubmit}>
        <div className="dialog-body move-fields">
          {refusal && (
            <p className="form-error" role="alert">
              {refusal.message}
            </p>
          )}
          {needs.step && (
            <SelectField
              form={form}
              name="step"
              label="Interview step"
              required
              options={steps.map((s, i) => [s, `${i + 1}. ${s}`] as const)}
              data-autofocus
            />
          )}
          {needs.placement && (
            <>
              <TextField
                form={form}
                name="placement.startOn"
                label="Start date"
                type="date"
                required
                data-autofocus
              />
              <PlacementSalary form={form} />
              <p className="hint">The fee and the guarantee’s end are worked out from the job’s and the client’s terms.</p>
            </>
          )}
          {askReason(form.draft.step) && (
            <TextAreaField
              form={form}
              name="reason"
              label={reason.label}
              required
              rows={3}
              placeholder={reason.placeholder}
              data-autofocus={!needs.step && !needs.placement ? true : undefined}
            />
          )}
        </div>
        <DialogFooter error={form.formError}>
          <Button onClick={closeMoveDialog}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={form.saving}>
            {form.saving ? 'Moving…' : `Move to ${stageLabels[to]}`}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}

function PlacementSalary({ form }: { form: Form<MoveDraft> }) {
  const salary = form.control('placement.salary.amount');
  const currency = form.control('placement.salary.currency');
  return (
    <div className="field-row">
      <Field label="Salary" controlId={salary.id} error={form.errorFor('placement.salary.amount')} required className="grow">
        <input className="input" type="number" inputMode="decimal" min={0} step="any" placeholder="First-year base salary" {...salary} />
      </Field>
      <Field label="Currency" controlId={currency.id} error={form.errorFor('placement.salary.currency')} required className="currency">
        <input className="input uppercase" maxLength={3} autoComplete="off" spellCheck={false} {...currency} />
      </Field>
    </div>
  );
}
