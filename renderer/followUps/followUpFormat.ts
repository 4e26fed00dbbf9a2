import { CircleDot, Mail, MessagesSquare, Phone, Send, UsersRound, type LucideIcon } from 'lucide-react';
import { weekdayLabels } from '../../src/api/intake';
import type { NoteSubject } from '../../src/api/notes';
import type { Reminder, ReminderKind, Repeat } from '../../src/api/reminders';
import { kindLabels } from '../search/searchFormat';
import { formatNearDay, formatTime, todayDay } from '../ui/dates';
import { daysSince } from '../ui/format';

export const reminderKindIcons: Record<ReminderKind, LucideIcon> = {
  call: Phone,
  email: Mail,
  meeting: UsersRound,
  check_in: MessagesSquare,
  other: CircleDot,
};

export const recordKinds: Record<NoteSubject, { label: string; icon: LucideIcon }> = {
  client: { label: 'Client', icon: kindLabels.client.icon },
  contact: { label: 'Contact', icon: kindLabels.contact.icon },
  job: { label: 'Job', icon: kindLabels.job.icon },
  candidate: { label: 'Candidate', icon: kindLabels.candidate.icon },
  submission: { label: 'Submission', icon: Send },
};

/** When it next asks for attention, on this computer's clock: the snooze's end, its time, or only its day. */
function dueMoment(reminder: Reminder): { day: string; instant: string | null } {
  const instant = reminder.snoozedUntil ?? (reminder.dueTime ? reminder.dueAt : null);
  return instant ? { day: todayDay(new Date(instant)), instant } : { day: reminder.dueOn, instant: null };
}

/** "Due tomorrow, 09:00", "Due Thu 20 Nov", "Snoozed until today, 15:30". */
export function dueLabel(reminder: Reminder): string {
  const { day, instant } = dueMoment(reminder);
  const when = instant ? `${formatNearDay(day)}, ${formatTime(instant)}` : formatNearDay(day);
  return reminder.state === 'snoozed' ? `Snoozed until ${when}` : `Due ${when}`;
}

/** Open and due on a day already gone. */
export const isOverdue = (reminder: Reminder) => reminder.state === 'open' && dueMoment(reminder).day < todayDay();

/** "3 days late", for one due before yesterday (a day late, "yesterday" says it already). */
export function lateLabel(reminder: Reminder): string | null {
  const days = isOverdue(reminder) ? daysSince(reminder.dueAt) : 0;
  return days >= 2 ? `${days} days late` : null;
}

export function repeatLabel(repeat: Repeat): string {
  switch (repeat.every) {
    case 'days':
      return repeat.interval === 1 ? 'Repeats every day' : `Repeats every ${repeat.interval} days`;
    case 'weeks':
      return `Repeats weekly on ${repeat.days.map((day) => weekdayLabels[day]).join(', ')}`;
    case 'months':
      return 'Repeats monthly';
  }
}

/** "Done", or for a repeating one, when it comes back. */
export function doneMessage(done: Reminder, next: Reminder | null): string {
  return next ? `Done. The next one is due ${formatNearDay(next.dueOn)}` : `Done: ${done.title}`;
}
