import { useState } from 'react';
import type { Contact } from '../../../src/api/clients';
import type { IntakeRevision } from '../../../src/api/intake';
import {
  InterviewScheduleInput,
  interviewFormatLabels,
  interviewFormats,
  stageLabels,
  type SubmissionDetail,
} from '../../../src/api/submissions';
import { nextWorkingDay, type WorkingWeek } from '../../../src/api/workingDays';
import { change, useData } from '../../api/data';
import { roles } from '../../clients/contactRoles';
import { Button } from '../../ui/Button';
import { Dialog, DialogFooter } from '../../ui/Dialog';
import { Field, SelectField, TextField } from '../../ui/Field';
import { todayDay } from '../../ui/dates';
import { showToast } from '../../ui/toasts';
import { useForm, type Form } from '../../ui/useForm';
import { announce } from '../move/moveStore';
import { formatInterviewTime, localInstant, localTimeZone } from './interviewTime';
import { closeSubmissionDialog } from './submissionStore';

interface ScheduleInterviewDialogProps {
  detail: SubmissionDetail;
  contacts: Contact[] | undefined;
  /** The job's intake names who interviews at each step. */
  intake: IntakeRevision | null | undefined;
}

type InterviewDraft = {
  /** The day; its key is the contract's, so a refusal of the moment lands under it. */
  startsAt: string;
  time: string;
  durationMinutes: string;
  step: string;
  format: string;
  place: string;
};

const durations = [30, 45, 60, 90, 120, 180].map((m) => [String(m), m < 60 ? `${m} minutes` : `${m / 60} hour${m > 60 ? 's' : ''}`] as const);

const placeLabels = {
  phone: { label: 'Phone number', placeholder: 'Who calls whom, and on which number' },
  video: { label: 'Link', placeholder: 'https://meet.example.com/…' },
  onsite: { label: 'Address', placeholder: 'Where, and whom to ask for at reception' },
} as const;

/** The step this interview is most likely for: the current one if it has no interview yet, else the next. */
function likelyStep({ submission, interviews, interviewSteps: steps }: SubmissionDetail): string {
  if (steps.length === 0) return '';
  if (submission.stage !== 'interviewing' || !submission.step) return steps[0]!;
  const booked = interviews.some((i) => !i.cancelled && i.step === submission.step);
  const at = steps.indexOf(submission.step);
  return booked ? (steps[Math.min(at + 1, steps.length - 1)] ?? steps[0]!) : submission.step;
}

/**
 * The dialog opens once the recruiter's working days are known: an interview proposed for a day
 * they do not work is one more thing to change.
 */
export function ScheduleInterviewDialog(props: ScheduleInterviewDialogProps) {
  const { data: week } = useData('workingTime.get', {});
  return week ? <ScheduleInterviewForm {...props} week={week} /> : null;
}

function ScheduleInterviewForm({ detail, contacts, intake, week }: ScheduleInterviewDialogProps & { week: WorkingWeek }) {
  const { submission, interviewSteps: steps } = detail;
  const interviewersOf = (step: string) => intake?.interviewStages.find((s) => s.name === step)?.interviewerIds ?? [];
  const initialStep = likelyStep(detail);
  // The core moves an early submission to interviewing when its first interview is booked.
  const early = ['shortlisted', 'submitted', 'client_reviewing'].includes(submission.stage);
  const [interviewerIds, setInterviewerIds] = useState<string[]>(() => interviewersOf(initialStep));
  const form = useForm({
    id: 'interview',
    initial: { startsAt: nextWorkingDay(todayDay(), week), time: '10:00', durationMinutes: '60', step: initialStep, format: 'video', place: '' } satisfies InterviewDraft,
    schema: InterviewScheduleInput,
    toInput: (draft: InterviewDraft) => ({
      submissionId: submission.id,
      startsAt: localInstant(draft.startsAt, draft.time),
      timeZone: localTimeZone(),
      durationMinutes: Number(draft.durationMinutes),
      step: draft.step || null,
      interviewerIds,
      format: draft.format as (typeof interviewFormats)[number],
      place: draft.place,
    }),
    save: async (input) => {
      const interview = await change('interviews.schedule', input);
      closeSubmissionDialog();
      showToast({ message: `Interview scheduled: ${formatInterviewTime(interview)}` });
      if (early) announce(`${submission.candidateName} moved to ${stageLabels.interviewing}${interview.step ? ` · ${interview.step}` : ''}.`);
    },
  });

  const place = placeLabels[form.draft.format as keyof typeof placeLabels] ?? placeLabels.video;

  return (
    <Dialog
      title={`Schedule an interview for ${submission.candidateName}`}
      description={early ? `Scheduling it moves the submission to ${stageLabels.interviewing}.` : undefined}
      onClose={closeSubmissionDialog}
      wide
    >
      <form className="dialog-form" noValidate onSubmit={form.onSubmit}>
        <div className="dialog-body form-grid">
          <div className="field-row span-2">
            <TextField form={form} name="startsAt" label="Date" type="date" required className="grow" data-autofocus />
            <TextField form={form} name="time" label="Time" type="time" required className="grow" step={300} />
            <SelectField form={form} name="durationMinutes" label="Length" options={durations} className="grow" />
          </div>
          <p className="hint span-2 interview-zone">In your time zone, {localTimeZone().replace(/_/g, ' ')}.</p>
          {steps.length > 0 ? (
            <StepField form={form} steps={steps} onStep={(step) => setInterviewerIds(interviewersOf(step))} />
          ) : (
            <TextField form={form} name="step" label="Interview step" placeholder="e.g. First interview" hint="The job’s intake has no interview steps yet." />
          )}
          <FormatField form={form} />
          <Interviewers contacts={contacts} chosen={interviewerIds} onChange={setInterviewerIds} clientName={submission.clientName} />
          <TextField form={form} name="place" label={place.label} placeholder={place.placeholder} className="span-2" autoComplete="off" />
        </div>
        <DialogFooter error={form.formError}>
          <Button onClick={closeSubmissionDialog}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={form.saving}>
            {form.saving ? 'Scheduling…' : 'Schedule interview'}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}

function FormatField({ form }: { form: Form<InterviewDraft> }) {
  return (
    <fieldset className="fieldset">
      <legend className="field-label">Format</legend>
      <div className="segmented segmented--block">
        {interviewFormats.map((format) => (
          <label key={format} className="segment">
            <input
              type="radio"
              name="format"
              value={format}
              checked={form.draft.format === format}
              onChange={() => form.set('format', format)}
            />
            <span>{interviewFormatLabels[format]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

interface InterviewersProps {
  contacts: Contact[] | undefined;
  chosen: string[];
  onChange: (ids: string[]) => void;
  clientName: string;
}

/** The client's contacts, hiring managers first: tick who is on the panel. */
function Interviewers({ contacts, chosen, onChange, clientName }: InterviewersProps) {
  const rank = (c: Contact) => ['hiring_manager', 'hr', 'talent_acquisition', 'executive', 'other'].indexOf(c.role);
  const sorted = [...(contacts ?? [])].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
  return (
    <fieldset className="fieldset span-2">
      <legend className="field-label">Interviewers</legend>
      {contacts && contacts.length === 0 ? (
        <p className="hint">No contacts at {clientName} yet: add them on the client’s page.</p>
      ) : (
        <div className="interviewer-choices">
          {sorted.map((contact) => (
            <label key={contact.id} className="check-chip">
              <input
                type="checkbox"
                checked={chosen.includes(contact.id)}
                onChange={(e) => onChange(e.target.checked ? [...chosen, contact.id] : chosen.filter((id) => id !== contact.id))}
              />
              <span>
                {contact.name}
                <span className="muted"> · {contact.jobTitle ?? roles[contact.role].label}</span>
              </span>
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}

/** The job's interview steps; choosing one ticks the interviewers the intake named for it. */
function StepField({ form, steps, onStep }: { form: Form<InterviewDraft>; steps: string[]; onStep: (step: string) => void }) {
  const control = form.control('step');
  return (
    <Field label="Interview step" controlId={control.id} error={form.errorFor('step')}>
      <select
        className="input select"
        {...control}
        onChange={(event) => {
          control.onChange(event);
          onStep(event.target.value);
        }}
      >
        {steps.map((step, i) => (
          <option key={step} value={step}>
            {i + 1}. {step}
          </option>
        ))}
      </select>
    </Field>
  );
}
