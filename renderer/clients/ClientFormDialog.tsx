import { ClientCreateInput, clientStatuses, type Client } from '../../src/api/clients';
import { fallOffRemedies, fallOffRemedyLabels } from '../../src/api/placements';
import { change } from '../api/data';
import { Button, SaveButton } from '../ui/Button';
import { Dialog, DialogFooter } from '../ui/Dialog';
import { SelectField, TextAreaField, TextField } from '../ui/Field';
import { countryOptions } from '../ui/regions';
import { statusLabels } from '../ui/StatusBadge';
import { useForm } from '../ui/useForm';
import { clientDraft, clientFields, type ClientDraft } from './clientDraft';
import { FeeTermsFieldset } from './FeeTermsFieldset';

const statusOptions = clientStatuses.map((s) => [s, statusLabels[s]] as const);
const countryChoices = [['', 'Not set'] as const, ...countryOptions];
const fallOffOptions = [['', 'Not agreed'] as const, ...fallOffRemedies.map((r) => [r, fallOffRemedyLabels[r]] as const)];

interface ClientFormDialogProps {
  /** The client to edit; none to add a new one. */
  client?: Client;
  onClose: () => void;
  onSaved: (client: Client) => void;
}

export function ClientFormDialog({ client, onClose, onSaved }: ClientFormDialogProps) {
  const form = useForm({
    id: 'client',
    initial: clientDraft(client),
    // An edit sends every field too, so the same rules check both.
    schema: ClientCreateInput,
    toInput: (draft: ClientDraft) => clientFields(draft),
    save: async (input) => {
      const saved = client ? await change('clients.update', { id: client.id, ...input }) : await change('clients.create', input);
      onSaved(saved);
    },
  });

  return (
    <Dialog
      title={client ? `Edit ${client.name}` : 'New client'}
      description={client ? undefined : 'A company you recruit for. You can add its contacts next.'}
      onClose={onClose}
      wide
    >
      <form className="dialog-form" noValidate onSubmit={form.onSubmit}>
        <div className="dialog-body form-grid">
          <TextField form={form} name="name" label="Name" required autoComplete="off" className="span-2" data-autofocus />
          <TextField form={form} name="industry" label="Industry" placeholder="e.g. Fintech" />
          <TextField form={form} name="location" label="Location" placeholder="e.g. Berlin" />
          <SelectField form={form} name="country" label="Country" options={countryChoices} hint="A new job here starts in its currency." />
          <TextField form={form} name="website" label="Website" placeholder="acme.com" inputMode="url" spellCheck={false} />
          <SelectField form={form} name="status" label="Status" options={statusOptions} />
          <FeeTermsFieldset form={form} />
          <TextField
            form={form}
            name="guaranteeDays"
            label="Guarantee period (days)"
            type="number"
            inputMode="numeric"
            min={0}
            max={730}
            hint="Free replacement if the hire leaves early."
          />
          <TextField
            form={form}
            name="paymentTermsDays"
            label="Payment terms (days)"
            type="number"
            inputMode="numeric"
            min={0}
            max={365}
            hint="An invoice falls due this many days after it is raised (30 when blank)."
          />
          <SelectField form={form} name="fallOff.remedy" label="If a hire leaves inside the guarantee" options={fallOffOptions} />
          {form.draft['fallOff.remedy'] === 'partial_refund' && (
            <TextField form={form} name="fallOff.refundPercent" label="Share of the fee given back (%)" type="number" inputMode="decimal" min={0} max={100} />
          )}
          <TextAreaField
            form={form}
            name="relationship"
            label="Relationship notes"
            rows={3}
            className="span-2"
            placeholder="How you won them, who to keep close, what they value in an agency."
          />
        </div>
        <DialogFooter error={form.formError}>
          <Button onClick={onClose}>Cancel</Button>
          <SaveButton saving={form.saving}>
            {client ? 'Save changes' : 'Create client'}
          </SaveButton>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
