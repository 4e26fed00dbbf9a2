import { Field, SelectField } from '../ui/Field';
import { errorIdFor, type Form } from '../ui/useForm';
import { WeekdayToggles } from '../ui/WeekdayToggles';
import { chosenDays, type ReminderDraft } from './reminderDraft';

const repeatOptions = [
  ['', 'Does not repeat'],
  ['days', 'Every few days'],
  ['weeks', 'Weekly, on chosen days'],
  ['months', 'Monthly, on the same day'],
] as const;

/** Whether it comes back once done: every N days, on chosen weekdays, or monthly. Laid out on the form's grid. */
export function RepeatFields({ form }: { form: Form<ReminderDraft> }) {
  const every = form.draft['repeat.every'];
  return (
    <>
      <SelectField form={form} name="repeat.every" label="Repeat" options={repeatOptions} />
      {every === 'days' && <IntervalField form={form} />}
      {every === 'weeks' && <WeekdaysField form={form} />}
    </>
  );
}

function IntervalField({ form }: { form: Form<ReminderDraft> }) {
  const control = form.control('repeat.interval');
  const error = form.errorFor('repeat.interval');
  return (
    <Field label="Every" controlId={control.id} error={error} className="repeat-interval">
      <div className="input-affix">
        <input className="input" type="number" inputMode="numeric" min={1} max={365} {...control} />
        <span className="input-suffix">days</span>
      </div>
    </Field>
  );
}

function WeekdaysField({ form }: { form: Form<ReminderDraft> }) {
  const days = chosenDays(form.draft);
  const error = form.errorFor('repeat.days');
  const errorId = errorIdFor('reminder-repeat.days');
  return (
    <fieldset className="fieldset span-2" aria-describedby={error ? errorId : undefined}>
      <legend className="field-label">On</legend>
      <WeekdayToggles chosen={days} onChange={(chosen) => form.set('repeat.days', chosen.join(','))} />
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
