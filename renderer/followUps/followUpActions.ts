import type { Reminder, ReminderSnoozeInput } from '../../src/api/reminders';
import { call } from '../api/client';
import { asApiError, change } from '../api/data';
import { downloadFile } from '../ui/downloadFile';
import { showToast } from '../ui/toasts';
import { doneMessage, dueLabel } from './followUpFormat';

export const showFailure = (error: unknown) => showToast({ message: asApiError(error).message, tone: 'error' });

/** Marks it done, with an Undo for a misclick; a repeating one says when it comes back. */
export async function completeFollowUp(reminder: Reminder): Promise<void> {
  try {
    const { done, next } = await change('reminders.complete', { id: reminder.id });
    showToast({
      message: doneMessage(done, next),
      about: `reminder:${reminder.id}`,
      action: {
        label: 'Undo',
        // The core takes back the next occurrence it scheduled.
        run: async () => void (await change('reminders.reopen', { id: reminder.id })),
      },
    });
  } catch (error) {
    showFailure(error);
  }
}

export async function dismissFollowUp(reminder: Reminder): Promise<void> {
  try {
    await change('reminders.dismiss', { id: reminder.id });
    showToast({
      message: `Dismissed: ${reminder.title}`,
      about: `reminder:${reminder.id}`,
      action: { label: 'Undo', run: async () => void (await change('reminders.reopen', { id: reminder.id })) },
    });
  } catch (error) {
    showFailure(error);
  }
}

/**
 * Out of sight until then, with an Undo that puts back the snooze it had; rejects with the core's
 * word (a moment already past, or one that would bring it forward), for a form to show.
 */
export async function snoozeFollowUp(reminder: Reminder, until: ReminderSnoozeInput['until']): Promise<void> {
  const snoozed = await change('reminders.snooze', { id: reminder.id, until });
  showToast({
    message: dueLabel(snoozed),
    about: `reminder:${reminder.id}`,
    action: {
      label: 'Undo',
      run: async () => void (await change('reminders.unsnooze', { id: reminder.id, snoozedUntil: reminder.snoozedUntil })),
    },
  });
}

/** Every upcoming interview and open follow-up, or one interview, as an .ics file for the recruiter's calendar. */
export async function exportToCalendar(input: { interviewId?: string }): Promise<void> {
  try {
    downloadFile(await call('calendar.export', input));
  } catch (error) {
    showFailure(error);
  }
}
