import type { InputHTMLAttributes, SelectHTMLAttributes } from 'react';
import { Field } from '../ui/Field';
import { errorIdFor } from '../ui/useForm';
import type { CandidateDraft } from './candidateDraft';
import type { CandidateForm } from './useCandidateForm';

/** The draft's one-line text fields, each checked at the contract path of the same name unless told otherwise. */
type TextName = { [K in keyof CandidateDraft]: CandidateDraft[K] extends string ? K : never }[keyof CandidateDraft];

interface Bound {
  form: CandidateForm;
  name: TextName;
  label: string;
  /** Where the contract's messages for this control are, when not at `name`. */
  path?: string;
  required?: boolean;
  hint?: string;
  className?: string;
}

function bind({ form, name, path = name, hint }: Bound) {
  const id = `candidate-${name}`;
  const error = form.errorFor(path);
  return {
    id,
    error,
    props: {
      id,
      name,
      value: form.draft[name],
      'aria-invalid': error ? (true as const) : undefined,
      'aria-describedby': error ? errorIdFor(id) : hint ? `${id}-hint` : undefined,
    },
  };
}

export function TextInput(props: Bound & Omit<InputHTMLAttributes<HTMLInputElement>, 'form' | 'name'>) {
  const { form, name, label, path, required, hint, className, ...input } = props;
  const { id, error, props: bound } = bind(props);
  return (
    <Field label={label} controlId={id} required={required} error={error} hint={hint} className={className}>
      <input className="input" required={required} {...input} {...bound} onChange={(e) => form.update({ [name]: e.target.value }, [path ?? name])} />
    </Field>
  );
}

export function Select(
  props: Bound & { options: readonly (readonly [value: string, label: string])[] } & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'form' | 'name'>,
) {
  const { form, name, label, path, required, hint, className, options, onChange, ...select } = props;
  const { id, error, props: bound } = bind(props);
  return (
    <Field label={label} controlId={id} required={required} error={error} hint={hint} className={className}>
      <select
        className="input select"
        required={required}
        {...select}
        {...bound}
        onChange={(e) => {
          form.update({ [name]: e.target.value }, [path ?? name]);
          onChange?.(e);
        }}
      >
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </Field>
  );
}
