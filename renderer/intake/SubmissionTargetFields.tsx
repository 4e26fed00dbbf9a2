import { intakeSectionTitles } from '../../src/api/intake';
import { Field } from '../ui/Field';
import { errorIdFor } from '../ui/useForm';
import type { IntakeForm } from './useIntakeForm';

/** How many candidates the recruiter promises, and by when. */
export function SubmissionTargetFields({ form }: { form: IntakeForm }) {
  const { draft, update, errorFor } = form;
  const countError = errorFor('submissionTarget.count');
  const byError = errorFor('submissionTarget.byDate');
  return (
    <fieldset className="fieldset">
      <legend className="field-label">{intakeSectionTitles.submissionTarget}</legend>
      <div className="field-row">
        <Field label="Candidates" controlId="intake-submission-count" error={countError} className="narrow-field subfield">
          <input
            id="intake-submission-count"
            className="input"
            type="number"
            inputMode="numeric"
            min={1}
            max={100}
            placeholder="e.g. 3"
            value={draft.submissionCount}
            aria-invalid={countError ? true : undefined}
            aria-describedby={countError ? errorIdFor('intake-submission-count') : undefined}
            onChange={(e) => update({ submissionCount: e.target.value }, ['submissionTarget'])}
          />
        </Field>
        <Field label="By" controlId="intake-submission-by" error={byError} className="date-field subfield">
          <input
            id="intake-submission-by"
            className="input"
            type="date"
            value={draft.submissionBy}
            aria-invalid={byError ? true : undefined}
            aria-describedby={byError ? errorIdFor('intake-submission-by') : undefined}
            onChange={(e) => update({ submissionBy: e.target.value }, ['submissionTarget'])}
          />
        </Field>
      </div>
    </fieldset>
  );
}
