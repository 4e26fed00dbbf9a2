import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { CandidateCreateInput, type Candidate, type DuplicateMatch } from '../../src/api/candidates';
import { asApiError, change } from '../api/data';
import { useUnsavedChanges } from '../ui/unsavedChanges';
import { candidateDraft, candidateFields, identityOf, rememberOwner, type CandidateDraft } from './candidateDraft';
import { useDuplicateMatches } from './useDuplicateMatches';

/** The fields the duplicate check compares. */
const identityFields: string[] = ['name', 'emails', 'phones', 'currentEmployer'];

const candidateForm = () => document.querySelector<HTMLFormElement>('form.candidate-form');

function messagesByPath(error: z.ZodError): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const issue of error.issues) messages[issue.path.map(String).join('.')] ??= issue.message;
  return messages;
}

/** The first message at this path or under it: "consent" also finds "consent.on". */
function messageUnder(messages: Record<string, string>, path: string): string | undefined {
  return messages[path] ?? Object.entries(messages).find(([key]) => key.startsWith(`${path}.`))?.[1];
}

/**
 * The candidate form's state, checked against the contract's schema. Messages show once the
 * recruiter tries to save; the core's word on a field lands under it until it is edited. While
 * the recruiter types who this is, candidates already on file who look the same are found, and
 * a new candidate who matches one is only created once the recruiter says it is someone else.
 */
export function useCandidateForm(candidate: Candidate | undefined, onSaved: (saved: Candidate) => void) {
  const [draft, setDraft] = useState(() => candidateDraft(candidate));
  // Compared as the fields saved: the list rows' keys are only for React, made anew each time.
  const [savedDraft] = useState(() => JSON.stringify(candidateFields(candidateDraft(candidate))));
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  /** The core refused: this looks like someone on file. Said until the recruiter decides. */
  const [refusal, setRefusal] = useState<string | null>(null);
  /** The matches the recruiter has said are someone else. */
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  /** Said after a refusal, before the look-alikes had arrived to be named. */
  const [overruled, setOverruled] = useState(false);

  const fields = candidateFields(draft);
  const checked = CandidateCreateInput.safeParse(fields);
  const schemaErrors = checked.success ? {} : messagesByPath(checked.error);
  const identity = identityOf(draft, candidate?.id ?? null);
  // An edit that leaves who they are alone has nothing new to compare: look-alikes were settled when they were added.
  const [savedIdentity] = useState(() => JSON.stringify(identityOf(candidateDraft(candidate), candidate?.id ?? null)));
  const matches = useDuplicateMatches(candidate && JSON.stringify(identity) === savedIdentity ? null : identity);
  const undecided = matches.filter((m) => !dismissed.has(m.id));

  function errorFor(path: string): string | undefined {
    return messageUnder(serverErrors, path) ?? (submitted ? messageUnder(schemaErrors, path) : undefined);
  }

  function update(patch: Partial<CandidateDraft>, clears: string[] = Object.keys(patch)) {
    setDraft((d) => ({ ...d, ...patch }));
    // A refusal names who this looked like; a change to who this is may make it moot.
    if (Object.keys(patch).some((k) => identityFields.includes(k))) setRefusal(null);
    setServerErrors((errors) =>
      Object.fromEntries(Object.entries(errors).filter(([key]) => !clears.some((c) => key === c || key.startsWith(`${c}.`)))),
    );
  }

  /** "This is someone else": the matches shown now stop counting against saving. */
  function confirmSomeoneElse(shown: DuplicateMatch[]) {
    setDismissed((d) => new Set([...d, ...shown.map((m) => m.id)]));
    setOverruled(true);
    setRefusal(null);
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
      const saved = await unsaved.saving(() =>
        candidate
          ? change('candidates.update', { id: candidate.id, ...fields })
          : change('candidates.create', { ...fields, allowDuplicate: undecided.length === 0 && (matches.length > 0 || overruled) }),
      );
      rememberOwner(saved.owner);
      onSaved(saved);
      return true;
    } catch (error) {
      const { code, field, message } = asApiError(error);
      if (code === 'duplicate') setRefusal(message);
      else if (field) {
        setServerErrors((e) => ({ ...e, [field]: message }));
        focusFirstInvalid();
      } else setFormError(message);
      setSaving(false);
      return false;
    }
  }

  const unsaved = useUnsavedChanges(JSON.stringify(fields) !== savedDraft, candidateForm, () => submit(candidateForm()));

  return {
    draft,
    update,
    errorFor,
    onSubmit,
    saving,
    formError,
    /** Look-alikes still waiting for the recruiter's word. */
    matches: undecided,
    /** How many look-alikes the recruiter has already said are someone else. */
    confirmedOthers: matches.length - undecided.length,
    refusal,
    confirmSomeoneElse,
  };
}

export type CandidateForm = ReturnType<typeof useCandidateForm>;
