import { useEffect, useEffectEvent } from 'react';
import { useLocation } from 'wouter';
import type { Reminder } from '../../src/api/reminders';
import { recordPath } from '../app/paths';
import { completeFollowUp } from '../followUps/followUpActions';
import { openReminderEditor } from '../followUps/followUpStore';
import { isTyping } from '../ui/useShortcut';
import { selectRow } from './todayStore';

/** A row's own element, found by the follow-up it shows. */
const rowElement = (id: string) => document.querySelector<HTMLElement>(`[data-reminder="${CSS.escape(id)}"]`);

/** Enter and Space belong to a focused button or link; on the page or a row they act on the selection. */
const ownsActivation = (target: EventTarget | null) =>
  target instanceof HTMLElement && target.closest('button, a, summary') !== null;

/**
 * Today from the keyboard: ↑/↓ or j/k move the selection, Enter opens its record, x or Space
 * marks it done, s snoozes, e edits, n adds a reminder. Quiet while typing, or while a dialog or
 * menu is open.
 */
export function useTodayKeys(rows: Reminder[], selected: number): void {
  const [, navigate] = useLocation();

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    if (document.querySelector('dialog[open], [role="menu"]')) return;
    const reminder = rows[selected];
    const move = (by: number) => {
      const to = Math.min(rows.length - 1, Math.max(0, selected + by));
      const row = rows[to];
      if (!row) return;
      selectRow(row.id, to);
      rowElement(row.id)?.focus();
    };
    switch (event.key) {
      case 'ArrowDown':
      case 'j':
        move(1);
        break;
      case 'ArrowUp':
      case 'k':
        move(-1);
        break;
      case 'n':
        openReminderEditor({ mode: 'new', about: null });
        break;
      case 'Enter':
        if (ownsActivation(event.target) || !reminder?.about) return;
        navigate(recordPath(reminder.about));
        break;
      case ' ':
      case 'x':
        if ((event.key === ' ' && ownsActivation(event.target)) || !reminder) return;
        void completeFollowUp(reminder);
        break;
      case 's':
        if (!reminder) return;
        rowElement(reminder.id)?.querySelector<HTMLElement>('[aria-haspopup="menu"]')?.click();
        break;
      case 'e':
        if (!reminder) return;
        openReminderEditor({ mode: 'edit', reminder });
        break;
      default:
        return;
    }
    event.preventDefault();
  });

  useEffect(() => {
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
