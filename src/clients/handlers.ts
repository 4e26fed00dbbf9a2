import type { Method } from '../api/contract';
import type { Handlers } from '../server/handler';
import { listClients } from './clientList';
import { createClient, deleteClient, getClient, updateClient } from './clients';
import { createContact, deleteContact, getContact, listContacts, updateContact } from './contacts';
import { tagsOfContactsAt } from '../tags/tags';

type ClientMethods = `clients.${string}` | `contacts.${string}`;

export const clientHandlers: Handlers<Extract<Method, ClientMethods>> = {
  'clients.list': listClients,
  'clients.get': (core, { id }) => ({ client: getClient(core, id), contacts: listContacts(core, id), contactTags: tagsOfContactsAt(core, id) }),
  'clients.create': createClient,
  'clients.update': updateClient,
  'clients.delete': (core, { id }) => {
    deleteClient(core, id);
    return { ok: true };
  },
  'contacts.get': (core, { id }) => getContact(core, id),
  'contacts.create': createContact,
  'contacts.update': updateContact,
  'contacts.delete': (core, { id }) => {
    deleteContact(core, id);
    return { ok: true };
  },
};
