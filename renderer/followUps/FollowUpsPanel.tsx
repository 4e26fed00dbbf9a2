import { BellRing, Plus } from 'lucide-react';
import type { ReactNode } from 'react';
import { useData } from '../api/data';
import { Button } from '../ui/Button';
import { ClosedFollowUps } from './ClosedFollowUps';
import { FollowUpDialogs } from './FollowUpDialogs';
import { FollowUpRow } from './FollowUpRow';
import { openReminderEditor, type LinkedRecord } from './followUpStore';

interface FollowUpsPanelProps {
  about: LinkedRecord;
  /** More ways to follow up from here, such as writing a message. */
  children?: ReactNode;
}

/** A record's follow-ups: the open ones with their actions, the closed ones folded away. */
export function FollowUpsPanel({ about, children }: FollowUpsPanelProps) {
  const { data: reminders, error } = useData('reminders.list', { about: { kind: about.kind, id: about.id } });
  const open = reminders?.filter((r) => r.state === 'open' || r.state === 'snoozed') ?? [];
  const closed = reminders?.filter((r) => r.state !== 'open' && r.state !== 'snoozed') ?? [];
  const headingId = `${about.kind}-follow-ups-heading`;

  return (
    <section className="card follow-ups" aria-labelledby={headingId}>
      <h2 className="card-title card-title--icon" id={headingId}>
        <BellRing size={15} aria-hidden />
        Follow-ups {reminders && <span className="count">{open.length}</span>}
      </h2>
      <div className="follow-ups-toolbar">
        <Button icon={Plus} onClick={() => openReminderEditor({ mode: 'new', about })}>
          Add follow-up
        </Button>
        {children}
      </div>
      {error ? (
        <p className="page-error" role="alert">
          {error.message}
        </p>
      ) : (
        reminders &&
        (open.length > 0 ? (
          <ul className="follow-up-list" aria-label="Open follow-ups">
            {open.map((reminder) => (
              // A candidate's panel holds their submissions' follow-ups too: those say which submission.
              <FollowUpRow key={reminder.id} reminder={reminder} showRecord={reminder.about?.kind !== about.kind} className="follow-up--compact" />
            ))}
          </ul>
        ) : (
          <p className="hint">Nothing to follow up on here.</p>
        ))
      )}
      {closed.length > 0 && <ClosedFollowUps reminders={closed} />}
      <FollowUpDialogs />
    </section>
  );
}
