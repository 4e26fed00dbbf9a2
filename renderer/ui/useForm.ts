import { useState, type ChangeEvent, type FormEvent } from 'react';
import type { z } from 'zod';
import { asApiError } from '../api/data';
import { useUnsavedChanges } from './unsavedChanges';

/**
 * What the person typed, one string per control. A control's key is the path the contract's
 * schema (and the server's `field`) uses for it, e.g. "fee.percent", so every message finds its
 * control without a mapping table.
 */
export type Draft = Record<string, string>;

interface FormOptions<D extends Draft, I> {
  /** Prefix of the controls' ids; unique on the screen. */
  id: string;
  initial: D;
  /** The contract's input schema for the call this form makes. */
  schema: z.ZodType;
  toInput: (draft: D) => I;
  save: (input: I) => Promise<void>;
}

export interface ControlProps {
  id: string;
  name: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => void;
  onBlur: () => void;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export type Form<D extends Draft> = ReturnType<typeof useForm<D, unknown>>;

export const errorIdFor = (controlId: string) => `${controlId}-error`;

function messagesByField(error: z.ZodError): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const issue of error.issues) messages[issue.path.map(String).join('.')] ??= issue.message;
  return messages;
}

/**
 * A form checked against the same schema the core uses. A field speaks up once the person has
 * changed it and moved on, or has tried to save; the server's word on a field (a duplicate
 * name) is shown under that field until it is edited. Leaving it with changes not saved asks first.
 */
export function useForm<D extends Draft, I>({ id, initial, schema, toInput, save }: FormOptions<D, I>) {
  const [draft, setDraft] = useState(initial);
  /** What is saved: the draft differs from it when there is something to lose. */
  const [baseline, setBaseline] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const checked = schema.safeParse(toInput(draft));
  const schemaErrors = checked.success ? {} : messagesByField(checked.error);
  const controlId = (field: string) => `${id}-${field}`;
  const dirty = Object.keys({ ...draft, ...baseline }).some((field) => (draft[field] ?? '') !== (baseline[field] ?? ''));

  /** The form element, found by its controls, for a save asked from outside it. */
  function formOnScreen(): HTMLFormElement | null {
    for (const field of Object.keys(draft)) {
      const form = document.getElementById(controlId(field))?.closest('form');
      if (form) return form;
    }
    return null;
  }

  function errorFor(field: keyof D & string): string | undefined {
    return serverErrors[field] ?? (submitted || touched.has(field) ? schemaErrors[field] : undefined);
  }

  function set(field: keyof D & string, value: string) {
    setDraft((d) => ({ ...d, [field]: value }));
    setServerErrors(({ [field]: _cleared, ...rest }) => rest);
  }

  function control(field: keyof D & string): ControlProps {
    const invalid = errorFor(field) !== undefined;
    return {
      id: controlId(field),
      name: field,
      value: draft[field] ?? '',
      onChange: (event) => set(field, event.target.value),
      onBlur: () => {
        if (draft[field] !== initial[field]) setTouched((t) => new Set(t).add(field));
      },
      'aria-invalid': invalid || undefined,
      'aria-describedby': invalid ? errorIdFor(controlId(field)) : undefined,
    };
  }

  function focusFirst(form: HTMLFormElement, fields: string[]) {
    const ids = new Set(fields.map(controlId));
    const first = Array.from(form.elements).find((el) => ids.has(el.id));
    if (first instanceof HTMLElement) first.focus();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await submit(event.currentTarget);
  }

  /** Checks and saves; true once saved. */
  async function submit(form: HTMLFormElement | null): Promise<boolean> {
    if (saving) return false;
    setSubmitted(true);
    setFormError(null);
    if (!checked.success) {
      const fields = Object.keys(schemaErrors);
      const placed = fields.filter((f) => f in draft);
      if (placed.length === 0) setFormError(Object.values(schemaErrors)[0] ?? null);
      if (form) focusFirst(form, placed);
      return false;
    }
    setSaving(true);
    const saved = draft;
    try {
      await unsaved.saving(() => save(toInput(saved)));
      setBaseline(saved);
      return true;
    } catch (error) {
      const { field, message } = asApiError(error);
      if (field !== undefined && field in draft) {
        setServerErrors((e) => ({ ...e, [field]: message }));
        if (form) focusFirst(form, [field]);
      } else setFormError(message);
      return false;
    } finally {
      setSaving(false);
    }
  }

  const unsaved = useUnsavedChanges(dirty, formOnScreen, () => submit(formOnScreen()));

  /** Back to a blank slate after a save that keeps the form open (the note box). */
  function reset() {
    setDraft(initial);
    setBaseline(initial);
    setTouched(new Set());
    setSubmitted(false);
    setServerErrors({});
    setFormError(null);
  }

  return { draft, set, control, errorFor, onSubmit, reset, saving, formError, dirty };
}
