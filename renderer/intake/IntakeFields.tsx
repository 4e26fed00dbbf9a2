import type { ReactNode } from 'react';
import { intakeSectionTitles, urgencyLabels, type Urgency } from '../../src/api/intake';
import { jobPriorityLabels, type Job } from '../../src/api/jobs';
import { Field } from '../ui/Field';
import { TagInput } from '../ui/TagInput';
import { errorIdFor } from '../ui/useForm';
import type { IntakeDraft } from './intakeDraft';
import { partElementId } from './intakeParts';
import type { IntakeForm } from './useIntakeForm';

/** One card of the intake form. */
export function IntakePart({ id, title, lead, children }: { id: string; title: string; lead?: string; children: ReactNode }) {
  const headingId = `${partElementId(id)}-heading`;
  return (
    <section className="card intake-part" id={partElementId(id)} aria-labelledby={headingId}>
      <header>
        <h2 className="card-title" id={headingId}>
          {title}
        </h2>
        {lead && <p className="muted intake-part-lead">{lead}</p>}
      </header>
      {children}
    </section>
  );
}

type TextKey = 'hiringManagerWants' | 'hrWants' | 'compensation' | 'sellingPoints' | 'dealBreakers';

export function TextSection({ form, name, placeholder }: { form: IntakeForm; name: TextKey; placeholder: string }) {
  const id = `intake-${name}`;
  const error = form.errorFor(name);
  return (
    <Field label={intakeSectionTitles[name]} controlId={id} error={error}>
      <textarea
        id={id}
        className="input textarea"
        rows={3}
        placeholder={placeholder}
        value={form.draft[name]}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorIdFor(id) : undefined}
        onChange={(e) => form.update({ [name]: e.target.value } as Partial<IntakeDraft>)}
      />
    </Field>
  );
}

type TagKey = 'mustHave' | 'niceToHave' | 'idealCandidateWords';

export function TagSection({ form, name, placeholder, hint }: { form: IntakeForm; name: TagKey; placeholder: string; hint?: string }) {
  return (
    <TagInput
      id={`intake-${name}`}
      label={intakeSectionTitles[name]}
      values={form.draft[name]}
      onChange={(values) => form.update({ [name]: values } as Partial<IntakeDraft>)}
      placeholder={placeholder}
      hint={hint}
      error={form.errorFor(name)}
    />
  );
}

/**
 * How urgent the hire is: the job's priority, chosen once with the job and not asked again here.
 * An urgency an older intake recorded stays in view, so nothing agreed then is lost.
 */
export function JobPriorityNote({ job, recorded }: { job: Job; recorded: Urgency | null }) {
  return (
    <div className="intake-priority">
      <p>
        <span className="field-label">Priority</span> {jobPriorityLabels[job.priority]}, as set with the job’s details (Edit job on its page).
      </p>
      {recorded && <p className="hint">An earlier intake recorded the urgency as {urgencyLabels[recorded].toLowerCase()}.</p>}
    </div>
  );
}

export function TargetDaysField({ form }: { form: IntakeForm }) {
  const id = 'intake-targetDaysToHire';
  const error = form.errorFor('targetDaysToHire');
  return (
    <Field label={intakeSectionTitles.targetDaysToHire} controlId={id} error={error} hint={error ? undefined : 'Days from this intake to an accepted offer.'}>
      <div className="input-affix input-affix--word narrow-field">
        <input
          id={id}
          className="input"
          type="number"
          inputMode="numeric"
          min={1}
          max={365}
          value={form.draft.targetDaysToHire}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorIdFor(id) : `${id}-hint`}
          onChange={(e) => form.update({ targetDaysToHire: e.target.value })}
        />
        <span className="input-suffix" aria-hidden>
          days
        </span>
      </div>
    </Field>
  );
}
