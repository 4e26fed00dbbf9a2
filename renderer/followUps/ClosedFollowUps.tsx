import { reminderStateLabels, type Reminder } from '../../src/api/reminders';
import { formatDate, formatFull } from '../ui/dates';

/** Done, dismissed and no-longer-needed follow-ups, folded: the record of what was done, out of the way. */
export function ClosedFollowUps({ reminders }: { reminders: Reminder[] }) {
  return (
    <details className="follow-ups-closed">
      <summary>
        Closed <span className="count">{reminders.length}</span>
      </summary>
      <ul className="follow-ups-closed-list" aria-label="Closed follow-ups">
        {reminders.map((reminder) => (
          <li key={reminder.id} className="follow-up-closed">
            <span className="follow-up-closed-title">{reminder.title}</span>
            <span className="follow-up-closed-state">
              {reminderStateLabels[reminder.state]}
              {reminder.doneAt && (
                <>
                  {' · '}
                  <time dateTime={reminder.doneAt} title={formatFull(reminder.doneAt)}>
                    {formatDate(reminder.doneAt)}
                  </time>
                </>
              )}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
