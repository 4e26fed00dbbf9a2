import { AlarmClock, Check, ChevronRight, X } from 'lucide-react';
import { useState } from 'react';
import type { ManyChanged, Reminder, RemindersSnoozeManyInput } from '../../src/api/reminders';
import { change } from '../api/data';
import { showFailure } from '../followUps/followUpActions';
import { dueLabel, lateLabel } from '../followUps/followUpFormat';
import { RecordLink } from '../followUps/FollowUpRow';
import { Button } from '../ui/Button';
import { showToast } from '../ui/toasts';

/**
 * The old overdue follow-ups, folded under one heading: tick them (all at once, or some) and mark
 * them done, dismiss or snooze them together, with an Undo that puts each back as it was.
 */
export function OlderOverdue({ reminders, count }: { reminders: Reminder[]; count: number }) {
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  // Folded, its rows are not drawn: Today's first paint does not wait for a hundred rows no one sees.
  const [open, setOpen] = useState(false);
  if (reminders.length === 0) return null;
  const chosen = reminders.filter((r) => picked.has(r.id)).map((r) => r.id);
  const all = chosen.length === reminders.length;
  const toggle = (id: string, on: boolean) =>
    setPicked((was) => {
      const next = new Set(was);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  async function act(run: () => Promise<ManyChanged>) {
    setBusy(true);
    try {
      const done = await run();
      setPicked(new Set());
      showToast({
        message: done.skipped > 0 ? `${done.message} ${done.skipped} left as they were.` : done.message,
        action: done.before.length > 0 ? { label: 'Undo', run: async () => void (await change('reminders.restoreMany', { before: done.before })) } : undefined,
      });
    } catch (error) {
      showFailure(error);
    } finally {
      setBusy(false);
    }
  }
  const snooze = (until: RemindersSnoozeManyInput['until']) => act(() => change('reminders.snoozeMany', { ids: chosen, until }));

  return (
    <details className="card today-group today-group--older" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="today-group-title">
        <ChevronRight size={14} aria-hidden className="today-older-chevron" />
        Late by more than a week <span className="count">{count}</span>
      </summary>
      {count > reminders.length && (
        <p className="hint today-older-more">
          The {reminders.length} longest late of {count}: clear these and the next ones take their place.
        </p>
      )}
      <div className="today-older-bar" role="toolbar" aria-label="Act on the selected follow-ups">
        <label className="today-older-all">
          <input type="checkbox" checked={all} onChange={(e) => setPicked(new Set(e.target.checked ? reminders.map((r) => r.id) : []))} />
          Select all
        </label>
        <span className="hint" aria-live="polite">
          {chosen.length} selected
        </span>
        <Button icon={Check} disabled={busy || chosen.length === 0} onClick={() => void act(() => change('reminders.closeMany', { ids: chosen, as: 'done' }))}>
          Mark done
        </Button>
        <Button icon={AlarmClock} disabled={busy || chosen.length === 0} onClick={() => void snooze('tomorrow_morning')}>
          Snooze to tomorrow
        </Button>
        <Button icon={AlarmClock} disabled={busy || chosen.length === 0} onClick={() => void snooze('next_week')}>
          Snooze to next week
        </Button>
        <Button icon={X} disabled={busy || chosen.length === 0} onClick={() => void act(() => change('reminders.closeMany', { ids: chosen, as: 'dismissed' }))}>
          Dismiss
        </Button>
      </div>
      <ul className="today-older-list" aria-label="Late by more than a week">
        {open && reminders.map((reminder) => (
          <li key={reminder.id} className="today-older-row">
            <label>
              <input type="checkbox" checked={picked.has(reminder.id)} onChange={(e) => toggle(reminder.id, e.target.checked)} />
              <span className="today-older-title">{reminder.title}</span>
            </label>
            <span className="follow-up-meta">
              {reminder.about && <RecordLink about={reminder.about} />}
              <span className="follow-up-due follow-up-due--late">
                {dueLabel(reminder)}
                {lateLabel(reminder) && ` · ${lateLabel(reminder)}`}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
