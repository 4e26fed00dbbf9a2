import type { Contact, ContactRole } from '../../src/api/clients';
import { roles } from '../clients/contactRoles';
import { Field } from '../ui/Field';
import type { Form } from '../ui/useForm';
import type { JobDraft } from './jobDraft';

interface ContactSelectFieldProps {
  form: Form<JobDraft>;
  name: 'hiringManagerId' | 'hrContactId';
  label: string;
  /** Contacts in this role come first; anyone at the client may be chosen. */
  role: ContactRole;
  /** The chosen client's contacts; undefined until a client is chosen and loaded. */
  contacts: Contact[] | undefined;
  clientName: string | undefined;
}

/** One of the job's client's contacts, by the part they play. */
export function ContactSelectField({ form, name, label, role, contacts, clientName }: ContactSelectFieldProps) {
  const control = form.control(name);
  const inRole = contacts?.filter((c) => c.role === role) ?? [];
  // Someone chosen before they left the client stays on the job until the recruiter chooses again.
  const former = control.value !== '' && contacts !== undefined && !contacts.some((c) => c.id === control.value);
  const others = contacts?.filter((c) => c.role !== role) ?? [];
  const hint =
    contacts === undefined
      ? 'Choose the client first.'
      : contacts.length === 0
        ? `No contacts at ${clientName ?? 'this client'} yet: add them on the client’s page.`
        : undefined;
  const hintId = `${control.id}-hint`;
  return (
    <Field label={label} controlId={control.id} error={form.errorFor(name)} hint={hint}>
      <select
        className="input select"
        disabled={!contacts?.length && !former}
        {...control}
        aria-describedby={control['aria-describedby'] ?? (hint ? hintId : undefined)}
      >
        <option value="">Not chosen</option>
        {former && <option value={control.value}>A former contact</option>}
        {inRole.length > 0 && (
          <optgroup label={roles[role].group}>
            {inRole.map((c) => (
              <ContactOption key={c.id} contact={c} />
            ))}
          </optgroup>
        )}
        {others.length > 0 && (
          <optgroup label={inRole.length > 0 ? 'Other contacts' : 'Contacts'}>
            {others.map((c) => (
              <ContactOption key={c.id} contact={c} withRole />
            ))}
          </optgroup>
        )}
      </select>
    </Field>
  );
}

function ContactOption({ contact, withRole }: { contact: Contact; withRole?: boolean }) {
  const detail = withRole ? roles[contact.role].label : contact.jobTitle;
  return <option value={contact.id}>{detail ? `${contact.name} · ${detail}` : contact.name}</option>;
}
