import { ContactCreateInput, contactRoles, type Client } from '../../src/api/clients';
import { change } from '../api/data';
import { Button, SaveButton } from '../ui/Button';
import { Dialog, DialogFooter } from '../ui/Dialog';
import { SelectField, TextAreaField, TextField } from '../ui/Field';
import { useForm } from '../ui/useForm';
import type { ContactEditor } from './clientPageStore';
import { contactDraft, contactFields, type ContactDraft } from './contactDraft';
import { roles } from './contactRoles';

const roleOptions = contactRoles.map((r) => [r, roles[r].part ? `${roles[r].label} — ${roles[r].part.toLowerCase()}` : roles[r].label] as const);

interface ContactFormDialogProps {
  client: Client;
  editor: ContactEditor;
  onClose: () => void;
}

export function ContactFormDialog({ client, editor, onClose }: ContactFormDialogProps) {
  const editing = editor.mode === 'edit' ? editor.contact : undefined;
  const form = useForm({
    id: 'contact',
    initial: contactDraft(editor.mode === 'edit' ? editor.contact : { role: editor.role }),
    schema: ContactCreateInput,
    toInput: (draft: ContactDraft) => ({ clientId: client.id, ...contactFields(draft) }),
    save: async ({ clientId, ...fields }) => {
      if (editing) await change('contacts.update', { id: editing.id, ...fields });
      else await change('contacts.create', { clientId, ...fields });
      onClose();
    },
  });

  return (
    <Dialog title={editing ? `Edit ${editing.name}` : `New contact at ${client.name}`} onClose={onClose} wide>
      <form className="dialog-form" noValidate onSubmit={form.onSubmit}>
        <div className="dialog-body form-grid">
          <TextField form={form} name="name" label="Name" required autoComplete="off" data-autofocus />
          <SelectField form={form} name="role" label="Role" required options={roleOptions} />
          <TextField form={form} name="jobTitle" label="Job title" placeholder="e.g. VP Engineering" />
          <TextField
            form={form}
            name="lastContactedOn"
            label="Last contacted"
            type="date"
            hint="The day you last spoke or wrote."
          />
          <TextField form={form} name="email" label="Email" type="email" placeholder="name@company.com" spellCheck={false} />
          <TextField form={form} name="phone" label="Phone" type="tel" placeholder="+1 555 010 0200" />
          <TextAreaField
            form={form}
            name="caresAbout"
            label="What they care about"
            rows={3}
            className="span-2"
            placeholder="Priorities, pet peeves, how they like to be updated."
          />
        </div>
        <DialogFooter error={form.formError}>
          <Button onClick={onClose}>Cancel</Button>
          <SaveButton saving={form.saving}>
            {editing ? 'Save changes' : 'Add contact'}
          </SaveButton>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
