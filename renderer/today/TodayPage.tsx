import { CalendarArrowDown, Plus, Sunrise } from 'lucide-react';
import { useEffect } from 'react';
import '../styles/today.css';
import { useData } from '../api/data';
import { exportToCalendar } from '../followUps/followUpActions';
import { FollowUpDialogs } from '../followUps/FollowUpDialogs';
import { openReminderEditor } from '../followUps/followUpStore';
import { Button } from '../ui/Button';
import { formatLongDay } from '../ui/dates';
import { EmptyState } from '../ui/EmptyState';
import { GettingStarted } from './GettingStarted';
import { PageHeader } from '../ui/PageHeader';
import { OlderOverdue } from './OlderOverdue';
import { TodayGroup } from './TodayGroup';
import { TodayShortcuts } from './TodayShortcuts';
import { resetTodaySelection, useTodaySelection } from './todayStore';
import { useTodayKeys } from './useTodayKeys';

const newReminder = () => openReminderEditor({ mode: 'new', about: null });

/** Home: what is late, what is due today, and what is coming this week, each follow-up one keystroke from done. */
export function TodayPage() {
  const { data: today, error } = useData('reminders.today', {});
  const selection = useTodaySelection();
  const overdue = today?.overdue ?? [];
  const rows = today ? [...overdue, ...today.today, ...today.upcoming] : [];
  // The selected row, or the one that took its place when it left the list.
  const at = rows.findIndex((r) => r.id === selection.id);
  const selected = at >= 0 ? at : Math.min(selection.index, rows.length - 1);
  useTodayKeys(rows, selected);
  useEffect(() => resetTodaySelection, []);

  const nothingDue = today && rows.length === 0 && today.older.length === 0;
  // A new database has no clients yet: Today says where to begin instead of "nothing due".
  const { data: clients } = useData('clients.list', nothingDue ? { limit: 1 } : null);
  const brandNew = nothingDue && clients?.items.length === 0;
  const selectedId = rows[selected]?.id;
  return (
    <div className="page today-page" aria-busy={!today && !error}>
      <PageHeader
        title="Today"
        subtitle={today && `${formatLongDay(today.day)} · ${today.dueCount === 0 ? 'nothing due' : `${today.dueCount} due`}`}
        actions={
          <>
            <Button
              icon={CalendarArrowDown}
              onClick={() => void exportToCalendar({})}
              title="Download an .ics file of your upcoming interviews and follow-ups, to open in your calendar"
            >
              Export upcoming to calendar
            </Button>
            <Button variant="primary" icon={Plus} shortcut="N" onClick={newReminder}>
              New reminder
            </Button>
          </>
        }
      />
      {error && (
        <p className="page-error" role="alert">
          {error.message}
        </p>
      )}
      {brandNew && <GettingStarted />}
      {nothingDue && clients && !brandNew && (
        <EmptyState
          icon={Sunrise}
          title="Nothing due this week"
          action={
            <Button icon={Plus} onClick={newReminder}>
              New reminder
            </Button>
          }
        >
          <p>
            No follow-ups are late, due today or coming up in the next seven days. Shortlist proposes them from your
            data — feedback to chase from a client, the debrief after an interview, the check-in agreed at intake — and
            you can add your own.
          </p>
        </EmptyState>
      )}
      {today && !nothingDue && (
        <>
          <TodayGroup id="overdue" title="Overdue" reminders={overdue} count={today.counts.overdue} offset={0} selectedId={selectedId} />
          {/* Late by more than a week: folded into a group of their own, to be cleared in one go. */}
          <OlderOverdue reminders={today.older} count={today.counts.older} />
          <TodayGroup
            id="today"
            title="Today"
            reminders={today.today}
            count={today.counts.today}
            offset={overdue.length}
            selectedId={selectedId}
            empty={today.overdue.length + today.older.length > 0 ? 'Nothing else is due today.' : 'Nothing is due today.'}
          />
          <TodayGroup
            id="upcoming"
            title="Coming up this week"
            reminders={today.upcoming}
            count={today.counts.upcoming}
            offset={overdue.length + today.today.length}
            selectedId={selectedId}
          />
          <TodayShortcuts />
        </>
      )}
      <FollowUpDialogs />
    </div>
  );
}
