import type { PlacementListInput } from '../../src/api/placements';
import { invoiceStatuses, invoiceStatusLabels, type InvoiceStatus } from '../../src/api/placements';
import { ClientFilter, RecruiterFilter } from '../reports/filterFields';

interface Props {
  filters: PlacementListInput;
  onChange: (filters: PlacementListInput) => void;
}

/** Period, client, recruiter and where the money stands. */
export function PlacementFilters({ filters, onChange }: Props) {
  const set = (patch: Partial<PlacementListInput>) => onChange({ ...filters, ...patch });
  return (
    <div className="report-filters" role="group" aria-label="Filter placements">
      <label className="report-filter">
        <span>Placed from</span>
        <input className="input" type="date" value={filters.from ?? ''} onChange={(e) => set({ from: e.target.value || null })} />
      </label>
      <label className="report-filter">
        <span>to</span>
        <input className="input" type="date" value={filters.to ?? ''} onChange={(e) => set({ to: e.target.value || null })} />
      </label>
      <ClientFilter value={filters.clientId ?? null} onChange={(clientId) => set({ clientId })} />
      <RecruiterFilter value={filters.recruiter ?? null} onChange={(recruiter) => set({ recruiter })} />
      <label className="report-filter">
        <span>Invoice</span>
        <select className="input" value={filters.status ?? ''} onChange={(e) => set({ status: (e.target.value || null) as InvoiceStatus | null })}>
          <option value="">Any</option>
          {invoiceStatuses.map((s) => (
            <option key={s} value={s}>
              {invoiceStatusLabels[s]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
