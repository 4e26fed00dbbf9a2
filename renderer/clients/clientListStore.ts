import { create } from 'zustand';
import type { ClientStatus, clientSorts } from '../../src/api/clients';

export type ClientSort = (typeof clientSorts)[number];

interface ClientListState {
  /** What is in the search box, as typed; the list follows it after a short pause. */
  query: string;
  status: ClientStatus | null;
  /** Only clients carrying this tag ('' for any). */
  tag: string;
  sort: ClientSort;
  creating: boolean;
}

/** Kept while the recruiter opens a client and comes back, so the list is as they left it. */
export const useClientList = create<ClientListState>(() => ({ query: '', status: null, tag: '', sort: 'name', creating: false }));

export const setClientQuery = (query: string) => useClientList.setState({ query });
export const setClientStatus = (status: ClientStatus | null) => useClientList.setState({ status });
export const setClientTag = (tag: string) => useClientList.setState({ tag });
export const setClientSort = (sort: ClientSort) => useClientList.setState({ sort });
export const setCreatingClient = (creating: boolean) => useClientList.setState({ creating });
export const clearClientFilters = () => useClientList.setState({ query: '', status: null, tag: '' });
