import type { Contact, ContactCreateInput, ContactRole } from '../../src/api/clients';

export type ContactDraft = {
  name: string;
  role: string;
  jobTitle: string;
  email: string;
  phone: string;
  caresAbout: string;
  lastContactedOn: string;
};

export function contactDraft(from: Contact | { role: ContactRole }): ContactDraft {
  const contact = 'id' in from ? from : undefined;
  return {
    name: contact?.name ?? '',
    role: from.role,
    jobTitle: contact?.jobTitle ?? '',
    email: contact?.email ?? '',
    phone: contact?.phone ?? '',
    caresAbout: contact?.caresAbout ?? '',
    lastContactedOn: contact?.lastContactedOn ?? '',
  };
}

export function contactFields(draft: ContactDraft): Required<Omit<ContactCreateInput, 'clientId'>> {
  return { ...draft, role: draft.role as ContactRole };
}
