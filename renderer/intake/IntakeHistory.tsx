import { ChevronRight, History } from 'lucide-react';
import { useId, useState } from 'react';
import type { IntakeRevision } from '../../src/api/intake';
import { useData } from '../api/data';
import { formatDay, formatFull } from '../ui/dates';
import { changedLabel } from './intakeFormat';
import { IntakeSummary } from './IntakeSummary';

interface IntakeHistoryProps {
  jobId: string;
  nameOf: (contactId: string) => string;
}

/** Every revision of the intake, newest first: what changed, why, and what it said then. */
export function IntakeHistory({ jobId, nameOf }: IntakeHistoryProps) {
  const { data: revisions, error } = useData('intake.history', { jobId });
  if (!revisions?.length && !error) return null;
  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 className="card-title card-title--icon" id="history-heading">
        <History size={15} aria-hidden />
        Intake history {revisions && <span className="count">{revisions.length}</span>}
      </h2>
      {error ? (
        <p className="page-error" role="alert">
          {error.message}
        </p>
      ) : (
        <ol className="revisions" aria-label="Intake revisions, newest first">
          {revisions!.map((revision, i) => (
            <Revision key={revision.id} revision={revision} current={i === 0} nameOf={nameOf} />
          ))}
        </ol>
      )}
    </section>
  );
}

function Revision({ revision, current, nameOf }: { revision: IntakeRevision; current: boolean; nameOf: (id: string) => string }) {
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  const what = revision.revision === 1 ? 'First intake meeting' : revision.changed.length ? `changed: ${changedLabel(revision.changed)}` : 'no changes';
  return (
    <li className={open ? 'revision revision--open' : 'revision'}>
      <button type="button" className="revision-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
        <ChevronRight size={15} aria-hidden className="revision-chevron" />
        <span className="revision-text">
          <span className="revision-line">
            <span className="revision-name">Revision {revision.revision}</span>
            <span className="revision-sep" aria-hidden>
              ·
            </span>
            <time dateTime={revision.heldOn} title={`Saved ${formatFull(revision.createdAt)}`}>
              {formatDay(revision.heldOn)}
            </time>
            <span className="revision-sep" aria-hidden>
              ·
            </span>
            <span className="revision-changed">{what}</span>
            {current && <span className="badge badge--current">Current</span>}
          </span>
          {revision.reason && <span className="revision-reason">“{revision.reason}”</span>}
        </span>
      </button>
      {/* Kept in the page while closed, so the toggle always points at it. */}
      <div id={bodyId} className="revision-body" role="region" aria-label={`Revision ${revision.revision}`} hidden={!open}>
        <p className="muted revision-attendees">
          {revision.attendees.length ? `With ${revision.attendees.map((a) => a.name).join(', ')}` : 'No attendees recorded'}
        </p>
        <IntakeSummary intake={revision} nameOf={nameOf} asRevision />
      </div>
    </li>
  );
}
