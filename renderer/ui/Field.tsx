import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { errorIdFor, type ControlProps, type Draft, type Form } from './useForm';

const hintIdFor = (controlId: string) => `${controlId}-hint`;

interface FieldProps {
  label: string;
  controlId: string;
  required?: boolean;
  error?: string;
  hint?: string;
  className?: string;
  children: ReactNode;
}

/** A label, its control, and the message that belongs under it. */
export function Field({ label, controlId, required, error, hint, className, children }: FieldProps) {
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label className="field-label" htmlFor={controlId}>
        {label}
        {required && (
          <span className="field-required" aria-hidden>
            *
          </span>
        )}
      </label>
      {children}
      {error ? (
        <p className="field-error" id={errorIdFor(controlId)}>
          {error}
        </p>
      ) : (
        hint && (
          <p className="field-hint" id={hintIdFor(controlId)}>
            {hint}
          </p>
        )
      )}
    </div>
  );
}

/** The control points at its error, or else at its hint, so a screen reader reads what is under it. */
function described(control: ControlProps, hint: string | undefined): ControlProps {
  return hint && !control['aria-describedby'] ? { ...control, 'aria-describedby': hintIdFor(control.id) } : control;
}

interface Bound<D extends Draft> {
  form: Form<D>;
  name: keyof D & string;
  label: string;
  required?: boolean;
  hint?: string;
  className?: string;
}

export function TextField<D extends Draft>(props: Bound<D> & Omit<InputHTMLAttributes<HTMLInputElement>, 'form' | 'name'>) {
  const { form, name, label, required, hint, className, ...input } = props;
  const control = described(form.control(name), hint);
  const error = form.errorFor(name);
  return (
    <Field label={label} controlId={control.id} required={required} error={error} hint={hint} className={className}>
      <input className="input" required={required} {...input} {...control} />
    </Field>
  );
}

export function TextAreaField<D extends Draft>(
  props: Bound<D> & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'form' | 'name'>,
) {
  const { form, name, label, required, hint, className, ...textarea } = props;
  const control = described(form.control(name), hint);
  const error = form.errorFor(name);
  return (
    <Field label={label} controlId={control.id} required={required} error={error} hint={hint} className={className}>
      <textarea className="input textarea" required={required} {...textarea} {...control} />
    </Field>
  );
}

export function SelectField<D extends Draft>(
  props: Bound<D> & { options: readonly (readonly [value: string, label: string])[] } & Omit<
      SelectHTMLAttributes<HTMLSelectElement>,
      'form' | 'name'
    >,
) {
  const { form, name, label, required, hint, className, options, ...select } = props;
  const control = described(form.control(name), hint);
  const error = form.errorFor(name);
  return (
    <Field label={label} controlId={control.id} required={required} error={error} hint={hint} className={className}>
      <select className="input select" required={required} {...select} {...control}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </Field>
  );
}
