import { X } from 'lucide-react';
import { useId, useState } from 'react';
import type { NoteSubject } from '../../src/api/notes';
import type { SearchResult } from '../../src/api/search';
import { longEnough, plain } from '../search/searchFormat';
import { useSearchResults } from '../search/useSearchResults';
import { RecordPicker } from '../ui/RecordPicker';
import { recordKinds } from './followUpFormat';
import type { LinkedRecord } from './followUpStore';

/** A few are enough to pick from; typing more narrows them. */
const SHOWN = 6;

interface LinkedRecordFieldProps {
  about: LinkedRecord | null;
  onChange: (about: LinkedRecord | null) => void;
  className?: string;
}

const linkableKinds: readonly string[] = ['client', 'contact', 'job', 'candidate'] satisfies NoteSubject[];

/** A result that is itself a record a follow-up can be about (a note or a resume is not). */
function linkOf(result: SearchResult): LinkedRecord | null {
  return linkableKinds.includes(result.kind) ? { kind: result.kind as NoteSubject, id: result.id, name: plain(result.title) } : null;
}

/** The record a follow-up is about: shown by name, or found by typing a client, contact, job or candidate. */
export function LinkedRecordField({ about, onChange, className }: LinkedRecordFieldProps) {
  const ids = useId();
  const [query, setQuery] = useState('');
  const answer = useSearchResults(query);
  const inputId = `${ids}-input`;
  const found = longEnough(query) && answer?.query === query ? answer.results : [];
  const results = found.flatMap((result) => {
    const record = linkOf(result);
    return record ? [{ record, context: result.context }] : [];
  }).slice(0, SHOWN);

  function choose(record: LinkedRecord) {
    onChange(record);
    setQuery('');
  }

  if (about) {
    const { icon: Icon, label } = recordKinds[about.kind];
    return (
      <div className={['field', className].filter(Boolean).join(' ')}>
        <span className="field-label" id={`${ids}-label`}>
          About
        </span>
        <div className="linked-record" aria-labelledby={`${ids}-label`} role="group">
          <Icon size={14} aria-hidden className="linked-record-icon" />
          <span className="linked-record-name truncate">{about.name}</span>
          <span className="linked-record-kind">{label}</span>
          <button type="button" className="icon-button" aria-label={`Unlink ${about.name}`} title="Unlink" onClick={() => onChange(null)}>
            <X size={14} aria-hidden />
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className={['field', 'record-picker', className].filter(Boolean).join(' ')}>
      <label className="field-label" htmlFor={inputId}>
        About <span className="muted">(optional)</span>
      </label>
      <RecordPicker
        id={inputId}
        placeholder="Find a client, contact, job or candidate…"
        query={query}
        onQuery={setQuery}
        options={results.map(({ record, context }) => ({
          key: `${record.kind}-${record.id}`,
          value: record,
          name: record.name,
          detail: context ?? recordKinds[record.kind].label,
          icon: recordKinds[record.kind].icon,
        }))}
        listLabel="Records found"
        onChoose={choose}
      />
    </div>
  );
}
