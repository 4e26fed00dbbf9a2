import { z } from 'zod';
import {
  employmentTypeLabels,
  employmentTypes,
  JobCreateInput,
  jobPriorities,
  jobPriorityLabels,
  jobStatuses,
  jobStatusLabels,
  remotePolicies,
  remotePolicyLabels,
  type Job,
} from '../../src/api/jobs';
import type { ClientDetail } from '../../src/api/clients';
import type { RecruiterProfile } from '../../src/api/recruiterProfile';
import { useEffect, useRef } from 'react';
import { change, useData } from '../api/data';
import { describeFee } from '../clients/feeTerms';
import { FeeTermsFieldset } from '../clients/FeeTermsFieldset';
import { Button, SaveButton } from '../ui/Button';
import { Dialog, DialogFooter } from '../ui/Dialog';
import { Field, SelectField, TextField } from '../ui/Field';
import { useForm, type Form } from '../ui/useForm';
import { CurrencySuggestions, suggestCurrencies } from '../ui/CurrencySuggestions';
import { ContactSelectField } from './ContactSelectField';
import { jobDefaults } from './jobDefaults';
import { jobDraft, jobFields, lastCurrency, newJobDraft, rememberJobDefaults, type JobDraft } from './jobDraft';
import type { JobEditor } from './jobEditorStore';
import { useClientChoices } from './useClientChoices';

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) => values.map((v) => [v, labels[v]] as const);
const statusOptions = options(jobStatuses, jobStatusLabels);
const priorityOptions = options(jobPriorities, jobPriorityLabels);
const employmentOptions = options(employmentTypes, employmentTypeLabels);
const remoteOptions = [['', 'Not set'] as const, ...options(remotePolicies, remotePolicyLabels)];

/** The form checks the same rules as the core, and asks for the client in words, not as a bad id. */
const schema = JobCreateInput.extend({ clientId: z.string().min(1, 'Choose the client this job is for') });

interface JobFormDialogProps {
  editor: JobEditor;
  onClose: () => void;
  onSaved: (job: Job) => void;
}

/**
 * A new job opens once the recruiter's profile (and the client it is for, when already chosen)
 * has been read: its currency and contacts start filled in, not changed under the recruiter's hands.
 */
export function JobFormDialog(props: JobFormDialogProps) {
  const presetClientId = props.editor.mode === 'new' ? props.editor.clientId : null;
  const profile = useData('recruiterProfile.get', props.editor.mode === 'new' ? {} : null);
  const client = useData('clients.get', presetClientId ? { id: presetClientId } : null);
  const waiting = props.editor.mode === 'new' && ((!profile.data && !profile.error) || (presetClientId && !client.data && !client.error));
  if (waiting) return null;
  return <JobForm {...props} profile={profile.data} presetClient={client.data} />;
}

function JobForm({ editor, onClose, onSaved, profile, presetClient }: JobFormDialogProps & { profile?: RecruiterProfile; presetClient?: ClientDetail }) {
  const editing = editor.mode === 'edit' ? editor.job : undefined;
  const form = useForm({
    id: 'job',
    initial: editing ? jobDraft(editing) : newJobDraft(presetClient?.client.id ?? null, jobDefaults(presetClient, profile, lastCurrency())),
    schema,
    toInput: (draft: JobDraft) => jobFields(draft),
    save: async ({ clientId, ...fields }) => {
      const saved = editing ? await change('jobs.update', { id: editing.id, ...fields }) : await change('jobs.create', { clientId, ...fields });
      rememberJobDefaults(fields);
      onSaved(saved);
    },
  });
  const clientId = form.draft.clientId;
  const { data: client } = useData('clients.get', clientId ? { id: clientId } : null);
  const contacts = client?.client.id === clientId ? client.contacts : undefined;
  const clientName = client?.client.name;

  // A client chosen in the form brings its own defaults, over the last client's where they were left as they came.
  const defaultsFor = useRef({ clientId: presetClient?.client.id ?? '', defaults: jobDefaults(presetClient, profile, lastCurrency()) });
  useEffect(() => {
    if (editing || !client || client.client.id !== clientId || defaultsFor.current.clientId === clientId) return;
    const before = defaultsFor.current.defaults;
    const next = jobDefaults(client, profile, lastCurrency());
    defaultsFor.current = { clientId, defaults: next };
    if (form.draft['salary.currency'] === before.currency) form.set('salary.currency', next.currency);
    if (!form.draft.hiringManagerId) form.set('hiringManagerId', next.hiringManagerId);
    if (!form.draft.hrContactId) form.set('hrContactId', next.hrContactId);
  }, [client, clientId, editing, form, profile]);

  const feeHint = !clientId
    ? 'The fee of the client you choose.'
    : client?.client.fee
      ? `${client.client.name}’s terms: ${describeFee(client.client.fee)}.`
      : `${clientName ?? 'This client'} has no fee terms yet; the job will have none until you set them.`;

  return (
    <Dialog
      title={editing ? `Edit ${editing.title}` : 'New job'}
      description={editing ? `At ${editing.clientName}` : 'A job order from one of your clients. Run the intake next.'}
      onClose={onClose}
      wide
    >
      <form className="dialog-form" noValidate onSubmit={form.onSubmit}>
        <div className="dialog-body form-grid">
          {!editing && <ClientSelect form={form} autoFocus={editor.mode === 'new' && editor.clientId === null} clientName={clientName} />}
          <TextField
            form={form}
            name="title"
            label="Job title"
            required
            autoComplete="off"
            className="span-2"
            placeholder="e.g. Senior Backend Engineer"
            data-autofocus={editing || (editor.mode === 'new' && editor.clientId !== null) ? true : undefined}
          />
          <SelectField form={form} name="status" label="Status" options={statusOptions} />
          <SelectField form={form} name="priority" label="Priority" options={priorityOptions} />
          <TextField form={form} name="openings" label="Openings" type="number" inputMode="numeric" min={1} max={999} required />
          <SelectField form={form} name="employmentType" label="Employment type" options={employmentOptions} />
          <TextField form={form} name="location" label="Location" placeholder="e.g. Rotterdam" />
          <SelectField form={form} name="remotePolicy" label="Remote policy" options={remoteOptions} />
          <SalaryFields form={form} />
          <TextField form={form} name="openedOn" label="Opened" type="date" />
          <TextField form={form} name="targetFillOn" label="Target fill date" type="date" hint="When the client wants the hire to start." />
          <ContactSelectField
            form={form}
            name="hiringManagerId"
            label="Hiring manager"
            role="hiring_manager"
            contacts={contacts}
            clientName={clientName}
          />
          <ContactSelectField form={form} name="hrContactId" label="HR contact" role="hr" contacts={contacts} clientName={clientName} />
          <FeeTermsFieldset form={form} inherited={editing ? undefined : { hint: feeHint }} />
          <TextField form={form} name="owner" label="Owner" placeholder="The recruiter running this search" autoComplete="name" />
        </div>
        <DialogFooter error={form.formError}>
          <Button onClick={onClose}>Cancel</Button>
          <SaveButton saving={form.saving}>
            {editing ? 'Save changes' : 'Create job'}
          </SaveButton>
        </DialogFooter>
      </form>
    </Dialog>
  );
}

function ClientSelect({ form, autoFocus, clientName }: { form: Form<JobDraft>; autoFocus: boolean; clientName?: string }) {
  const { clients } = useClientChoices();
  const control = form.control('clientId');
  return (
    <Field label="Client" controlId={control.id} required error={form.errorFor('clientId')} className="span-2">
      <select
        className="input select"
        required
        data-autofocus={autoFocus || undefined}
        {...control}
        onChange={(event) => {
          // The contacts belong to the client: a new client means choosing them again.
          form.set('clientId', event.target.value);
          form.set('hiringManagerId', '');
          form.set('hrContactId', '');
        }}
      >
        <option value="">{clients ? 'Choose a client…' : 'Loading clients…'}</option>
        {/* A client chosen before the list arrives (from its page) stays chosen meanwhile. */}
        {!clients && control.value && <option value={control.value}>{clientName ?? 'Loading…'}</option>}
        {clients?.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </Field>
  );
}

function SalaryFields({ form }: { form: Form<JobDraft> }) {
  const min = form.control('salary.min');
  const max = form.control('salary.max');
  const currency = form.control('salary.currency');
  return (
    <fieldset className="fieldset span-2">
      <legend className="field-label">Salary range</legend>
      <div className="field-row">
        <Field label="From" controlId={min.id} error={form.errorFor('salary.min')} className="grow">
          <input className="input" type="number" inputMode="decimal" min={0} step="any" placeholder="Lowest" {...min} />
        </Field>
        <Field label="To" controlId={max.id} error={form.errorFor('salary.max')} className="grow">
          <input className="input" type="number" inputMode="decimal" min={0} step="any" placeholder="Highest" {...max} />
        </Field>
        <Field label="Currency" controlId={currency.id} error={form.errorFor('salary.currency')} className="currency">
          <input className="input uppercase" maxLength={3} autoComplete="off" spellCheck={false} {...suggestCurrencies} {...currency} />
        </Field>
        <CurrencySuggestions />
      </div>
    </fieldset>
  );
}
