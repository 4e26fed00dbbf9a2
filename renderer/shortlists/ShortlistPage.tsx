import { ArrowDown, ArrowUp, BriefcaseBusiness, Download, ListOrdered, X } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import type { ShortlistEntry } from '../../src/api/shortlists';
import { call } from '../api/client';
import { asApiError, change, useData } from '../api/data';
import { paths } from '../app/paths';
import { BulkBar } from '../lists/BulkBar';
import { listOrder } from '../lists/listOrder';
import { followList } from '../lists/selectionStore';
import { useRowSelection } from '../lists/useRowSelection';
import { JobChoiceDialog } from '../lists/JobChoiceDialog';
import { runBulk } from '../lists/runBulk';
import { Button, IconButton } from '../ui/Button';
import { formatDate } from '../ui/dates';
import { downloadFile } from '../ui/downloadFile';
import { EmptyState } from '../ui/EmptyState';
import { MissingRecord } from '../ui/MissingRecord';
import { PageHeader } from '../ui/PageHeader';
import { showToast } from '../ui/toasts';
import '../styles/selection.css';

const report = (error: unknown) => showToast({ message: asApiError(error).message, tone: 'error' });

/** A shortlist in the recruiter's order: reorder it, note each entry, submit it whole to a job, export it. */
export function ShortlistPage({ id }: { id: string }) {
  const { data: shortlist, error } = useData('shortlists.get', { id });
  const [submitting, setSubmitting] = useState(false);
  // The people on it select like any list's rows, in the shortlist's order.
  useEffect(() => {
    if (!shortlist) return;
    followList(shortlist.kind, `shortlist:${id}`);
    listOrder.ids = shortlist.entries.map((e) => e.personId);
  });
  if (error) {
    return (
      <MissingRecord
        icon={ListOrdered}
        title="Shortlist not found"
        error={error}
        gone="This shortlist was deleted."
        back={{ href: paths.candidates, label: 'Back to candidates' }}
      />
    );
  }
  if (!shortlist) return <div className="page" />;
  const { entries } = shortlist;
  const move = (entry: ShortlistEntry, after: ShortlistEntry | undefined, before: ShortlistEntry | undefined) =>
    change('shortlists.move', { entryId: entry.id, after: after?.id ?? null, before: before?.id ?? null }).catch(report);
  const exportCsv = async () => {
    try {
      downloadFile(await call('bulk.exportCsv', { selection: { kind: 'candidate', ids: entries.map((e) => e.personId) } }));
    } catch (e) {
      report(e);
    }
  };
  return (
    <div className="page">
      <PageHeader
        title={shortlist.name}
        subtitle={`${entries.length.toLocaleString()} ${shortlist.kind === 'candidate' ? 'candidate' : 'contact'}${entries.length === 1 ? '' : 's'}`}
        actions={
          shortlist.kind === 'candidate' &&
          entries.length > 0 && (
            <>
              <Button icon={Download} onClick={() => void exportCsv()}>
                Export CSV
              </Button>
              <Button variant="primary" icon={BriefcaseBusiness} onClick={() => setSubmitting(true)}>
                Submit to a job
              </Button>
            </>
          )
        }
      />
      <BulkBar matching={null} total={entries.length} omit={['shortlist']} label={`Selected on ${shortlist.name}`} shortlistId={id} />
      {entries.length === 0 ? (
        <EmptyState icon={ListOrdered} title="Nobody on this shortlist yet">
          <p>Select candidates in the list (Ctrl or Cmd and A selects all that match a search) and choose Add to shortlist.</p>
        </EmptyState>
      ) : (
        <ol className="shortlist-entries" aria-label={`People on ${shortlist.name}`}>
          {entries.map((entry, i) => (
            <li key={entry.id} className="shortlist-entry">
              <EntryCheck entry={entry} position={i + 1} />
              <div className="shortlist-person">
                <Link href={shortlist.kind === 'candidate' ? paths.candidate(entry.personId) : paths.contact(entry.personId)} className="shortlist-name">
                  {entry.name}
                </Link>
                <span className="shortlist-meta">
                  {[entry.context, `added ${formatDate(entry.addedAt)} by ${entry.addedBy}`].filter(Boolean).join(' · ')}
                </span>
              </div>
              <EntryNote entry={entry} />
              <div className="shortlist-buttons">
                <IconButton icon={ArrowUp} label={`Move ${entry.name} up`} disabled={i === 0} onClick={() => void move(entry, entries[i - 2], entries[i - 1])} />
                <IconButton
                  icon={ArrowDown}
                  label={`Move ${entry.name} down`}
                  disabled={i === entries.length - 1}
                  onClick={() => void move(entry, entries[i + 1], entries[i + 2])}
                />
                <IconButton
                  icon={X}
                  label={`Take ${entry.name} off the shortlist`}
                  onClick={() => void change('shortlists.remove', { entryId: entry.id }).catch(report)}
                />
              </div>
            </li>
          ))}
        </ol>
      )}
      {submitting && (
        <JobChoiceDialog
          title={`Submit ${shortlist.name} to a job`}
          onSubmit={(jobId) => runBulk('shortlists.submit', { id, jobId })}
          onClose={() => setSubmitting(false)}
        />
      )}
      {/* What a submit left alone opens in the bulk bar's dialog, one for the page. */}
    </div>
  );
}

/** The entry's place on the list, and its checkbox to select the person with others. */
function EntryCheck({ entry, position }: { entry: ShortlistEntry; position: number }) {
  const { checkbox } = useRowSelection(entry.personId, entry.name);
  return (
    <span className="shortlist-position">
      <input {...checkbox} />
      <span aria-hidden>{position}</span>
    </span>
  );
}

/** The entry's note, saved when the recruiter leaves the box. */
function EntryNote({ entry }: { entry: ShortlistEntry }) {
  const [text, setText] = useState(entry.note ?? '');
  return (
    <input
      className="input shortlist-note"
      aria-label={`Note on ${entry.name}`}
      placeholder="Add a note"
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => {
        if (text.trim() !== (entry.note ?? '')) void change('shortlists.note', { entryId: entry.id, note: text }).catch(report);
      }}
    />
  );
}
