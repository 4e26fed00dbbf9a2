import { ClipboardList } from 'lucide-react';
import type { IntakeRevision } from '../../src/api/intake';
import { roles } from '../clients/contactRoles';
import { formatDay } from '../ui/dates';
import { EmptyState } from '../ui/EmptyState';
import { IntakeSummary } from './IntakeSummary';

interface IntakeGlanceProps {
  intake: IntakeRevision | null;
  nameOf: (contactId: string) => string;
}

/** The current intake on the job page: when it was held, with whom, and every section in a line or two. */
export function IntakeGlance({ intake, nameOf }: IntakeGlanceProps) {
  return (
    <section className="card" aria-labelledby="glance-heading">
      <header className="card-header card-header--stacked">
        <h2 className="card-title" id="glance-heading">
          Intake at a glance
        </h2>
        {intake && (
          <p className="muted intake-meta">
            Held {formatDay(intake.heldOn)}
            {intake.attendees.length > 0 && (
              <>
                {' with '}
                {intake.attendees.map((a, i) => (
                  <span key={a.id}>
                    {i > 0 && ', '}
                    <span className="intake-attendee">{a.name}</span>
                    {a.role in roles && <span className="intake-attendee-role"> ({roles[a.role as keyof typeof roles].label})</span>}
                  </span>
                ))}
              </>
            )}
            {intake.revision > 1 && ` · revision ${intake.revision}`}
          </p>
        )}
      </header>
      {intake ? (
        <IntakeSummary intake={intake} nameOf={nameOf} />
      ) : (
        <EmptyState icon={ClipboardList} title="No intake yet" compact>
          <p>
            Before searching, agree with the client what the ideal candidate looks like and how you will work together.
            Start the intake to record it.
          </p>
        </EmptyState>
      )}
    </section>
  );
}
