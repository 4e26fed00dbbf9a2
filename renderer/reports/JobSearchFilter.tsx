import { X } from 'lucide-react';
import { useId, useState } from 'react';
import { useData } from '../api/data';
import { longEnough, plain } from '../search/searchFormat';
import { RecordPicker } from '../ui/RecordPicker';

/** A few are enough to pick from; typing more narrows them. */
const SHOWN = 8;

export interface ChosenJob {
  id: string;
  name: string;
}

/**
 * Filter by any job, found by typing its title (or its client's name): the search finds every job,
 * where a list of them all was 600 options loaded with the screen (and stopped at the first 500).
 */
export function JobSearchFilter({ value, onChange }: { value: ChosenJob | null; onChange: (job: ChosenJob | null) => void }) {
  const ids = useId();
  const [query, setQuery] = useState('');
  const asked = longEnough(query) ? query : null;
  const { data } = useData('search.query', asked === null ? null : { query: asked, kinds: ['job'], limit: SHOWN });
  const options = asked === null ? [] : (data ?? []).map((r) => ({ key: r.id, value: { id: r.id, name: plain(r.title) }, name: plain(r.title), detail: r.context }));

  if (value) {
    return (
      <div className="report-filter">
        <span id={`${ids}-label`}>Job</span>
        <div className="linked-record report-job-chosen" role="group" aria-labelledby={`${ids}-label`}>
          <span className="linked-record-name truncate">{value.name}</span>
          <button type="button" className="icon-button" aria-label={`All jobs, not only ${value.name}`} title="All jobs" onClick={() => onChange(null)}>
            <X size={14} aria-hidden />
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="report-filter report-job-picker">
      <label htmlFor={`${ids}-input`}>Job</label>
      <RecordPicker
        id={`${ids}-input`}
        placeholder="All jobs: type to find one"
        query={query}
        onQuery={setQuery}
        options={options}
        listLabel="Jobs found"
        onChoose={(job) => {
          onChange(job);
          setQuery('');
        }}
      />
    </div>
  );
}
