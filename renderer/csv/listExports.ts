import type { CsvExportInput } from '../../src/api/csv';
import { useCandidateList } from '../candidates/candidateListStore';
import { useClientList } from '../clients/clientListStore';

/** The candidates list as it is filtered and sorted on screen. */
export function candidatesExport(): CsvExportInput {
  const { query, filters, sort } = useCandidateList.getState();
  return { kind: 'candidates', filters: { query, ...filters, updatedSince: filters.updatedSince || null, sort } };
}

/** The clients list as it is searched and filtered on screen. */
export function clientsExport(): CsvExportInput {
  const { query, status, sort } = useClientList.getState();
  return { kind: 'clients', filters: { query, status, sort } };
}

/** One client's contacts. */
export const contactsExport = (clientId: string) => (): CsvExportInput => ({ kind: 'contacts', filters: { clientId } });
