import type { KeyboardEvent } from 'react';
import { Link } from 'wouter';
import type { Contact } from '../../src/api/clients';
import type { IntakeRevision } from '../../src/api/intake';
import type { Job } from '../../src/api/jobs';
import { paths } from '../app/paths';
import { SaveButton } from '../ui/Button';
import { Field } from '../ui/Field';
import { errorIdFor } from '../ui/useForm';
import { CadenceFields } from './CadenceFields';
import { ContactChecks } from './ContactChecks';
import { IntakeOutline } from './IntakeOutline';
import { IntakePart, JobPriorityNote, TagSection, TargetDaysField, TextSection } from './IntakeFields';
import { filledSections } from './intakeDraft';
import { InterviewStagesEditor } from './InterviewStagesEditor';
import { SubmissionTargetFields } from './SubmissionTargetFields';
import { useIntakeForm } from './useIntakeForm';

interface IntakeFormProps {
  job: Job;
  current: IntakeRevision | null;
  contacts: Contact[];
  onSaved: (saved: IntakeRevision) => void;
}

/** In a long form, Enter in a one-line box moves on rather than saving everything half-done. */
function keepEnterFromSubmitting(event: KeyboardEvent<HTMLFormElement>) {
  const target = event.target as HTMLElement;
  if (event.key === 'Enter' && target instanceof HTMLInputElement && target.type !== 'checkbox' && target.type !== 'radio') {
    event.preventDefault();
  }
}

export function IntakeForm({ job, current, contacts, onSaved }: IntakeFormProps) {
  const form = useIntakeForm(job, current, onSaved);
  const { draft, update, errorFor } = form;
  const revising = current !== null;
  const heldError = errorFor('heldOn');
  const reasonError = errorFor('reason');

  return (
    <form className="intake-form" noValidate onSubmit={form.onSubmit} onKeyDown={keepEnterFromSubmitting} aria-label="Intake">
      <div className="intake-layout">
        <div className="intake-parts">
          <IntakePart id="meeting" title="The meeting" lead={`Who from ${job.clientName} was there, and when.`}>
            <Field label="Date held" controlId="intake-heldOn" error={heldError} className="narrow-date">
              <input
                id="intake-heldOn"
                className="input"
                type="date"
                value={draft.heldOn}
                aria-invalid={heldError ? true : undefined}
                aria-describedby={heldError ? errorIdFor('intake-heldOn') : undefined}
                onChange={(e) => update({ heldOn: e.target.value })}
              />
            </Field>
            <ContactChecks
              legend="Attendees"
              contacts={contacts}
              selected={draft.attendeeIds}
              onChange={(attendeeIds) => update({ attendeeIds })}
              error={errorFor('attendeeIds')}
              errorId="intake-attendees-error"
              empty={`No contacts at ${job.clientName} yet. Add them on the client’s page to record who attended.`}
            />
          </IntakePart>

          <IntakePart id="candidate" title="The ideal candidate" lead="Skills first, then fit: what each side of the client is looking for.">
            <TagSection form={form} name="mustHave" placeholder="Type a skill and press Enter" hint="The skills no candidate can lack." />
            <TagSection form={form} name="niceToHave" placeholder="Type a skill and press Enter" />
            <TextSection form={form} name="hiringManagerWants" placeholder="Skills, the day-to-day, what success looks like after six months…" />
            <TextSection form={form} name="hrWants" placeholder="Culture, team fit, the process every candidate goes through…" />
            <TagSection
              form={form}
              name="idealCandidateWords"
              placeholder="e.g. pragmatic, hands-on"
              hint="The words both sides agreed to use, so everyone means the same person."
            />
          </IntakePart>

          <IntakePart id="together" title="Working together" lead="What you promised the client, and how often you will talk.">
            <SubmissionTargetFields form={form} />
            <CadenceFields form={form} />
          </IntakePart>

          <IntakePart id="interviews" title="Interview process" lead="The stages in order, and who interviews at each.">
            <InterviewStagesEditor form={form} contacts={contacts} clientName={job.clientName} />
          </IntakePart>

          <IntakePart id="offer" title="The offer" lead="What you can tell candidates, and what rules them out.">
            <TextSection form={form} name="compensation" placeholder="Salary band, bonus, equity, holidays, pension…" />
            <TextSection form={form} name="sellingPoints" placeholder="Why a good candidate would want this role and this company" />
            <TextSection form={form} name="dealBreakers" placeholder="What rules a candidate out, however good they look" />
          </IntakePart>

          <IntakePart id="timing" title="Timing">
            <JobPriorityNote job={job} recorded={current?.urgency ?? null} />
            <TargetDaysField form={form} />
          </IntakePart>

          {revising && (
            <IntakePart id="reason" title="What changed and why" lead={`Saved with revision ${current.revision + 1}, so the history says why the requirements moved.`}>
              <Field label="Reason" controlId="intake-reason" error={reasonError}>
                <textarea
                  id="intake-reason"
                  className="input textarea"
                  rows={2}
                  placeholder="e.g. The team lost its only Kafka engineer: Kafka is now a must-have."
                  value={draft.reason}
                  aria-invalid={reasonError ? true : undefined}
                  aria-describedby={reasonError ? errorIdFor('intake-reason') : undefined}
                  onChange={(e) => update({ reason: e.target.value })}
                />
              </Field>
            </IntakePart>
          )}
        </div>
        <aside className="intake-aside">
          <IntakeOutline filled={filledSections(form.input)} />
        </aside>
      </div>

      <footer className="save-bar">
        {form.formError && (
          <p className="form-error" role="alert">
            {form.formError}
          </p>
        )}
        <div className="save-bar-buttons">
          <Link href={paths.job(job.id)} className="button button--secondary">
            Cancel
          </Link>
          <SaveButton saving={form.saving}>
            {revising ? 'Save revision' : 'Save intake'}
          </SaveButton>
        </div>
      </footer>
    </form>
  );
}
