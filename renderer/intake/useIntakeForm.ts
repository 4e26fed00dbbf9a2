import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { IntakeSaveInput, type IntakeRevision } from '../../src/api/intake';
import type { Job } from '../../src/api/jobs';
import { asApiError, change } from '../api/data';
import { useUnsavedChanges } from '../ui/unsavedChanges';
import { intakeDraft, intakeInput, type IntakeDraft } from './intakeDraft';

function messagesByPath(error: z.ZodError): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const issue of error.issues) messages[issue.path.map(String).join('.')] ??= issue.message;
  return messages;
}

/** The first message at this path or under it, e.g. "interviewStages.1" also finds "interviewStages.1.name". */
function messageUnder(messages: Record<string, string>, path: string): string | undefined {
  return messages[path] ?? Object.entries(messages).find(([key]) => key.startsWith(`${path}.`))?.[1];
}

/** What the recruiter could have changed: the stages' keys are only for React, made anew each time. */
const comparable = (draft: IntakeDraft) => JSON.stringify({ ...draft, interviewStages: draft.interviewStages.map(({ key: _key, ...stage }) => stage) });

const intakeForm = () => document.querySelector<HTMLFormElement>('form.intake-form');

/**
 * The intake form's state, checked against the contract's schema: messages show once the
 * recruiter tries to save, and the core's word on a field (a contact of another client) lands
 * under that field until it is edited. Leaving with changes not saved asks first.
 */
export function useIntakeForm(job: Job, current: IntakeRevision | null, onSaved: (saved: IntakeRevision) => void) {
  const [draft, setDraft] = useState(() => intakeDraft(job, current));
  const [saved] = useState(() => comparable(intakeDraft(job, current)));
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const input = intakeInput(job.id, draft);
  const checked = IntakeSaveInput.safeParse(input);
  const schemaErrors = checked.success ? {} : messagesByPath(checked.error);

  function errorFor(path: string): string | undefined {
    return messageUnder(serverErrors, path) ?? (submitted ? messageUnder(schemaErrors, path) : undefined);
  }

  /** Changes part of the draft; the core's complaints about that part are answered by the change. */
  function update(patch: Partial<IntakeDraft>, clears: string[] = Object.keys(patch)) {
    setDraft((d) => ({ ...d, ...patch }));
    setServerErrors((errors) =>
      Object.fromEntries(Object.entries(errors).filter(([key]) => !clears.some((c) => key === c || key.startsWith(`${c}.`)))),
    );
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
    const focusFirstInvalid = () => requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    if (!checked.success) {
      focusFirstInvalid();
      return false;
    }
    setSaving(true);
    try {
      onSaved(await unsaved.saving(() => change('intake.save', input)));
      return true;
    } catch (error) {
      const { field, message } = asApiError(error);
      if (field) {
        setServerErrors((e) => ({ ...e, [field]: message }));
        focusFirstInvalid();
      } else setFormError(message);
      setSaving(false);
      return false;
    }
  }

  const unsaved = useUnsavedChanges(comparable(draft) !== saved, intakeForm, () => submit(intakeForm()));

  const problem = formError ?? (submitted && !checked.success ? 'Some answers need another look: see the messages above.' : null);
  return { draft, input, update, errorFor, onSubmit, saving, formError: problem };
}

export type IntakeForm = ReturnType<typeof useIntakeForm>;
