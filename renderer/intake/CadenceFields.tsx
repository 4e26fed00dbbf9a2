import { intakeSectionTitles } from '../../src/api/intake';
import { Field } from '../ui/Field';
import { errorIdFor } from '../ui/useForm';
import { WeekdayToggles } from '../ui/WeekdayToggles';
import type { IntakeForm } from './useIntakeForm';

/** How often recruiter and client meet during the search: times a week, and on which days. */
export function CadenceFields({ form }: { form: IntakeForm }) {
  const { draft, update, errorFor } = form;
  const timesError = errorFor('meetingCadence.timesPerWeek');
  const daysError = errorFor('meetingCadence.days');
  return (
    <fieldset className="fieldset">
      <legend className="field-label">{intakeSectionTitles.meetingCadence}</legend>
      <div className="field-row field-row--end">
        <Field label="Times a week" controlId="intake-cadence-times" error={timesError} className="narrow-field subfield">
          <input
            id="intake-cadence-times"
            className="input"
            type="number"
            inputMode="numeric"
            min={1}
            max={7}
            // Ticked days stand in for a number left blank.
            placeholder={draft.cadenceDays.length ? String(draft.cadenceDays.length) : 'e.g. 1'}
            value={draft.cadenceTimes}
            aria-invalid={timesError ? true : undefined}
            aria-describedby={timesError ? errorIdFor('intake-cadence-times') : undefined}
            onChange={(e) => update({ cadenceTimes: e.target.value }, ['meetingCadence'])}
          />
        </Field>
        <fieldset className="fieldset subfield">
          <legend className="field-label">On</legend>
          <WeekdayToggles chosen={draft.cadenceDays} onChange={(cadenceDays) => update({ cadenceDays }, ['meetingCadence'])} />
          {daysError && <p className="field-error">{daysError}</p>}
        </fieldset>
      </div>
    </fieldset>
  );
}
