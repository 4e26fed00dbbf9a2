import { useData } from '../api/data';

/** Pick one record from a list, or all of them (the empty choice). */
function RecordFilter({
  label,
  all,
  records,
  value,
  onChange,
}: {
  label: string;
  all: string;
  records: readonly { id: string; name: string }[] | undefined;
  value: string | null;
  onChange: (id: string | null) => void;
}) {
  return (
    <label className="report-filter">
      <span>{label}</span>
      <select className="input" value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{all}</option>
        {records?.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Filter by client: all of them, or one chosen by name. The Reports and Placements screens share it. */
export function ClientFilter({ value, onChange }: { value: string | null; onChange: (clientId: string | null) => void }) {
  const { data: clients } = useData('clients.list', { limit: 500 });
  return <RecordFilter label="Client" all="All clients" records={clients?.items} value={value} onChange={onChange} />;
}

/** Filter by one of a client's jobs (a client has a few; every job is found by typing, in JobSearchFilter). */
export function ClientJobFilter({ clientId, value, onChange }: { clientId: string; value: string | null; onChange: (jobId: string | null) => void }) {
  const { data: jobs } = useData('jobs.list', { limit: 500, clientId });
  const records = jobs?.items.map((j) => ({ id: j.id, name: j.title }));
  return <RecordFilter label="Job" all="All the client’s jobs" records={records} value={value} onChange={onChange} />;
}

/** Filter by what is written on the work (a name, a source): empty for any. */
export function TextFilter({
  label,
  placeholder,
  value,
  onChange,
}: {
  label: string;
  placeholder: string;
  value: string | null;
  onChange: (text: string | null) => void;
}) {
  return (
    <label className="report-filter">
      <span>{label}</span>
      <input className="input" value={value ?? ''} placeholder={placeholder} onChange={(e) => onChange(e.target.value || null)} />
    </label>
  );
}

/** Filter by the recruiter who owns the work, as their name is written on it. */
export function RecruiterFilter({ value, onChange }: { value: string | null; onChange: (recruiter: string | null) => void }) {
  return <TextFilter label="Recruiter" placeholder="Anyone" value={value} onChange={onChange} />;
}
