import { AlarmClock, Check, Pencil, Repeat, Sparkles, X } from 'lucide-react';
import type { HTMLAttributes } from 'react';
import { Link } from 'wouter';
import { reminderKindLabels, ruleLabels, type Reminder } from '../../src/api/reminders';
import { recordPath } from '../app/paths';
import { IconButton } from '../ui/Button';
import { completeFollowUp, dismissFollowUp } from './followUpActions';
import { dueLabel, isOverdue, lateLabel, recordKinds, reminderKindIcons, repeatLabel } from './followUpFormat';
import { openReminderEditor, openSnoozeMenu, useFollowUpDialogs } from './followUpStore';

interface FollowUpRowProps extends HTMLAttributes<HTMLLIElement> {
  reminder: Reminder;
  /** On a record's own page the record goes without saying. */
  showRecord: boolean;
}

/** One open follow-up: done, snooze, edit or dismiss it, or open what it is about. */
export function FollowUpRow({ reminder, showRecord, className, ...li }: FollowUpRowProps) {
  const { title, about, rule, repeat, notes } = reminder;
  const Kind = reminderKindIcons[reminder.kind];
  const snoozing = useFollowUpDialogs((s) => s.snoozeMenu?.reminder.id === reminder.id);
  const tone = isOverdue(reminder) ? 'late' : reminder.state === 'snoozed' ? 'snoozed' : null;
  const lateBy = lateLabel(reminder);

  return (
    <li className={['follow-up', className].filter(Boolean).join(' ')} data-reminder={reminder.id} {...li}>
      <button type="button" className="follow-up-check" aria-label={`Mark “${title}” done`} title="Mark done" onClick={() => void completeFollowUp(reminder)}>
        <Check size={13} strokeWidth={3} aria-hidden />
      </button>
      <span className={`follow-up-kind follow-up-kind--${reminder.kind}`} title={reminderKindLabels[reminder.kind]}>
        <Kind size={14} aria-label={reminderKindLabels[reminder.kind]} />
      </span>
      <div className="follow-up-body">
        <p className="follow-up-title">{title}</p>
        <p className="follow-up-meta">
          {showRecord && about && <RecordLink about={about} />}
          <span className={tone ? `follow-up-due follow-up-due--${tone}` : 'follow-up-due'}>
            {tone === 'snoozed' && <AlarmClock size={12} aria-hidden className="inline-icon" />}
            {dueLabel(reminder)}
            {lateBy && ` · ${lateBy}`}
          </span>
          {reminder.missed > 0 && (
            <span className="follow-up-missed" title="Earlier occurrences went by undone; only the latest is shown">
              {reminder.missed} missed
            </span>
          )}
          {repeat && (
            <span>
              <Repeat size={12} aria-hidden className="inline-icon" />
              {repeatLabel(repeat)}
            </span>
          )}
          {rule && (
            <span className="badge badge--proposed" title="Shortlist proposed this follow-up from your data">
              <Sparkles size={11} aria-hidden />
              {ruleLabels[rule]}
            </span>
          )}
        </p>
        {notes && <p className="follow-up-notes prose">{notes}</p>}
      </div>
      <div className="follow-up-actions">
        <button
          type="button"
          className="follow-up-snooze"
          aria-label={`Snooze “${title}”`}
          aria-haspopup="menu"
          aria-expanded={snoozing}
          onClick={(event) => openSnoozeMenu({ reminder, anchor: event.currentTarget })}
        >
          <AlarmClock size={14} aria-hidden />
          Snooze
        </button>
        <IconButton icon={Pencil} label={`Edit “${title}”`} onClick={() => openReminderEditor({ mode: 'edit', reminder })} />
        <IconButton icon={X} label={`Dismiss “${title}”`} tone="danger" onClick={() => void dismissFollowUp(reminder)} />
      </div>
    </li>
  );
}

export function RecordLink({ about }: { about: NonNullable<Reminder['about']> }) {
  const { icon: Icon, label } = recordKinds[about.kind];
  return (
    <Link href={recordPath(about)} className="link follow-up-record" title={`Open ${label.toLowerCase()}`}>
      <Icon size={12} aria-hidden className="inline-icon" />
      {about.name}
    </Link>
  );
}
