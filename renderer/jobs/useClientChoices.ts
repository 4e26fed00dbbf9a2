import { useData } from '../api/data';

/** More clients than any agency keeps live; the select lists them all by name. */
const MAX_CLIENTS = 500;

/** Every client by name, for choosing one in a filter or a form. */
export function useClientChoices() {
  const { data, error } = useData('clients.list', { sort: 'name', limit: MAX_CLIENTS });
  return { clients: data?.items, error };
}
