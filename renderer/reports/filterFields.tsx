import { useData } from '../api/data';

/** Filter by client: all of them, or one chosen by name. The Reports and Placements screens share it. */
export function ClientFilter({ value, onChange }: { value: string | null; onChange: (clientId: string | null) => void }) {
  const { data: clients } = useData('clients.list', { limit: 500 });
  return (
    <label className="report-filter">
      <span>Client</span>
      <select className="input" value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">All clients</option>
        {clients?.items.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Filter by the recruiter who owns the work, as their name is written on it. */
export function RecruiterFilter({ value, onChange }: { value: string | null; onChange: (recruiter: string | null) => void }) {
  return (
    <label className="report-filter">
      <span>Recruiter</span>
      <input className="input" value={value ?? ''} placeholder="Anyone" onChange={(e) => onChange(e.target.value || null)} />
    </label>
  );
}
