import { useEffect, type ReactNode } from 'react';
import type { Candidate, DuplicateMatch } from '../../src/api/candidates';
import { Button, SaveButton } from '../ui/Button';
import { Dialog, DialogFooter } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { TagInput } from '../ui/TagInput';
import { errorIdFor } from '../ui/useForm';
import { CONSENT_WHY_ID, ConsentFields } from './ConsentFields';
import { DuplicateWarning } from './DuplicateWarning';
import { TextInput } from './FormControls';
import { ListField } from './ListField';
import { useCandidateForm, type CandidateForm } from './useCandidateForm';

interface CandidateFormDialogProps {
  /** The candidate to edit; none to add a new one. */
  candidate?: Candidate;
  onClose: () => void;
  onSaved: (candidate: Candidate) => void;
  /** The recruiter chose to open a look-alike on file instead. */
  onOpenExisting: (match: DuplicateMatch) => void;
  /** Open with the consent's basis focused, when that is what the recruiter came to record. */
  atConsent?: boolean;
}

export function CandidateFormDialog({ candidate, onClose, onSaved, onOpenExisting, atConsent }: CandidateFormDialogProps) {
  const form = useCandidateForm(candidate, onSaved);
  // Focus alone would leave the consent at the bottom edge: show the whole of it, with why it matters.
  useEffect(() => {
    if (atConsent) document.getElementById(CONSENT_WHY_ID)?.scrollIntoView({ block: 'start' });
  }, [atConsent]);
  return (
    <Dialog
      title={candidate ? `Edit ${candidate.name}` : 'New candidate'}
      description={candidate ? undefined : 'Someone you may present to clients. Screening and resumes come next.'}
      onClose={onClose}
      wide
    >
      <form className="dialog-form candidate-form" noValidate onSubmit={form.onSubmit}>
        <div className="dialog-body candidate-form">
          <Section title="Who they are">
            <TextInput form={form} name="name" label="Name" required autoComplete="off" className="span-2" data-autofocus={!atConsent || undefined} />
            <TextInput form={form} name="currentTitle" label="Current title" placeholder="e.g. Staff Engineer" />
            <TextInput form={form} name="currentEmployer" label="Current employer" placeholder="e.g. Analytical Engines" />
            <TextInput form={form} name="location" label="Location" placeholder="e.g. London" />
            <TextInput form={form} name="source" label="Source" placeholder="e.g. Referral from Grace" />
          </Section>
          <Section title="How to reach them">
            <ListField form={form} name="emails" label="Emails" noun="Email" input={{ type: 'email', placeholder: 'name@example.com' }} />
            <ListField form={form} name="phones" label="Phones" noun="Phone" input={{ type: 'tel', placeholder: '+44 7700 900123' }} />
            <ListField
              form={form}
              name="links"
              label="Links"
              noun="Link"
              className="span-2"
              input={{ type: 'url', inputMode: 'url', placeholder: 'https://linkedin.com/in/… or a portfolio' }}
            />
          </Section>
          <Section title="What they bring and want">
            <div className="span-2">
              <TagInput
                id="candidate-skills"
                label="Skills"
                values={form.draft.skills}
                onChange={(skills) => form.update({ skills })}
                placeholder="Type a skill and press Enter"
                error={form.errorFor('skills')}
              />
            </div>
            <SalaryFields form={form} />
            <TextInput form={form} name="availability" label="Notice period / availability" placeholder="e.g. 3 months’ notice" />
            <TextInput form={form} name="workAuthorisation" label="Work authorisation" placeholder="e.g. UK citizen, needs no visa" />
            <TextInput form={form} name="owner" label="Owner" placeholder="The recruiter who looks after them" autoComplete="name" />
          </Section>
          <Section title="Consent" describedBy={CONSENT_WHY_ID}>
            <ConsentFields form={form} autoFocus={atConsent} />
          </Section>
        </div>
        <DuplicateWarning
          matches={form.matches}
          refusal={form.refusal}
          confirmedOthers={form.confirmedOthers}
          onOpen={onOpenExisting}
          onSomeoneElse={() => form.confirmSomeoneElse(form.matches)}
        />
        <DialogFooter error={form.formError}>
          <Button onClick={onClose}>Cancel</Button>
          <SaveButton saving={form.saving}>
            {candidate ? 'Save changes' : 'Create candidate'}
          </SaveButton>
        </DialogFooter>
      </form>
    </Dialog>
  );
}

function Section({ title, describedBy, children }: { title: string; describedBy?: string; children: ReactNode }) {
  return (
    <fieldset className="form-section" aria-describedby={describedBy}>
      <legend className="form-section-title">{title}</legend>
      <div className="form-grid">{children}</div>
    </fieldset>
  );
}

function SalaryFields({ form }: { form: CandidateForm }) {
  const amountError = form.errorFor('salaryExpectation.amount');
  const currencyError = form.errorFor('salaryExpectation.currency');
  return (
    <div className="field-row">
      <Field label="Salary expectation" controlId="candidate-salaryAmount" error={amountError} className="grow">
        <input
          id="candidate-salaryAmount"
          className="input"
          type="number"
          inputMode="decimal"
          min={0}
          step="any"
          placeholder="Yearly"
          value={form.draft.salaryAmount}
          aria-invalid={amountError ? true : undefined}
          aria-describedby={amountError ? errorIdFor('candidate-salaryAmount') : undefined}
          onChange={(e) => form.update({ salaryAmount: e.target.value }, ['salaryExpectation'])}
        />
      </Field>
      <Field label="Currency" controlId="candidate-salaryCurrency" error={currencyError} className="currency">
        <input
          id="candidate-salaryCurrency"
          className="input uppercase"
          maxLength={3}
          autoComplete="off"
          spellCheck={false}
          value={form.draft.salaryCurrency}
          aria-invalid={currencyError ? true : undefined}
          aria-describedby={currencyError ? errorIdFor('candidate-salaryCurrency') : undefined}
          onChange={(e) => form.update({ salaryCurrency: e.target.value }, ['salaryExpectation'])}
        />
      </Field>
    </div>
  );
}
