import { X } from 'lucide-react';
import { useId, useState, type KeyboardEvent } from 'react';
import { useData } from '../api/data';
import { longEnough, plain } from '../search/searchFormat';

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
  const [active, setActive] = useState(0);
  const asked = longEnough(query) ? query : null;
  const { data } = useData('search.query', asked === null ? null : { query: asked, kinds: ['job'], limit: SHOWN });
  const results = asked === null ? [] : (data ?? []).map((r) => ({ id: r.id, name: plain(r.title), context: r.context }));
  const current = Math.min(active, results.length - 1);

  function choose(job: ChosenJob) {
    onChange(job);
    setQuery('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (results.length > 0) setActive((current + (event.key === 'ArrowDown' ? 1 : -1) + results.length) % results.length);
    } else if (event.key === 'Enter' && results[current]) {
      event.preventDefault();
      choose(results[current]);
    } else if (event.key === 'Escape') setQuery('');
  }

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
      <input
        id={`${ids}-input`}
        className="input"
        role="combobox"
        aria-expanded={results.length > 0}
        aria-controls={`${ids}-list`}
        aria-activedescendant={results.length > 0 ? `${ids}-option-${current}` : undefined}
        autoComplete="off"
        placeholder="All jobs: type to find one"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {results.length > 0 && (
        <ul className="record-picker-list report-job-list" id={`${ids}-list`} role="listbox" aria-label="Jobs found">
          {results.map((job, i) => (
            <li
              key={job.id}
              id={`${ids}-option-${i}`}
              role="option"
              aria-selected={i === current}
              className="record-picker-option"
              // Chosen on press, before the box loses focus.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(job);
              }}
            >
              <span className="truncate">{job.name}</span>
              {job.context && <span className="linked-record-kind truncate">{job.context}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
