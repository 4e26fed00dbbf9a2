import { ShieldCheck } from 'lucide-react';
import { consentBases, consentBasisLabels } from '../../src/api/candidates';
import { todayDay } from '../ui/dates';
import { Select, TextInput } from './FormControls';
import type { CandidateForm } from './useCandidateForm';

const basisOptions = [['', 'Not recorded yet'] as const, ...consentBases.map((b) => [b, consentBasisLabels[b]] as const)];

/** The note on why consent matters, which describes the whole consent group. */
export const CONSENT_WHY_ID = 'consent-why';

/** Why Shortlist may hold this person's data, when that was settled, and how. */
export function ConsentFields({ form, autoFocus }: { form: CandidateForm; autoFocus?: boolean }) {
  return (
    <>
      <p className="consent-why span-2" id={CONSENT_WHY_ID}>
        <ShieldCheck size={15} aria-hidden className="consent-why-icon" />
        <span>
          A candidate’s details are personal data. Record the basis for keeping them, since when and how you got it, so
          you can answer when they ask what you hold and why.
        </span>
      </p>
      <Select
        form={form}
        name="consentBasis"
        path="consent.basis"
        label="Basis"
        options={basisOptions}
        data-autofocus={autoFocus || undefined}
        // Choosing a basis today usually means it was settled today.
        onChange={(e) => e.target.value && !form.draft.consentOn && form.update({ consentOn: todayDay() }, ['consent.on'])}
      />
      <TextInput form={form} name="consentOn" path="consent.on" label="Recorded on" type="date" />
      <TextInput
        form={form}
        name="consentSource"
        path="consent.source"
        label="How it was given"
        className="span-2"
        placeholder="e.g. Replied yes to our privacy notice by email"
      />
    </>
  );
}
