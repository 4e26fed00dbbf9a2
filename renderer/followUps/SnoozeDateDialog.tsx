import { ReminderSnoozeInput, type Reminder } from '../../src/api/reminders';
import { nextWorkingDay, type WorkingWeek } from '../../src/api/workingDays';
import { useData } from '../api/data';
import { Button } from '../ui/Button';
import { Dialog, DialogFooter } from '../ui/Dialog';
import { TextField } from '../ui/Field';
import { formatNearDay, todayDay } from '../ui/dates';
import { useForm } from '../ui/useForm';
import { snoozeFollowUp } from './followUpActions';
import { closeSnoozeDate } from './followUpStore';

type SnoozeDraft = { 'until.on': string; 'until.time': string };

/** Snooze until a day the recruiter picks (their next working day to start with), at a time or (left blank) at 9:00. */
export function SnoozeDateDialog({ reminder }: { reminder: Reminder }) {
  const { data: week } = useData('workingTime.get', {});
  return week ? <SnoozeDateForm reminder={reminder} week={week} /> : null;
}

function SnoozeDateForm({ reminder, week }: { reminder: Reminder; week: WorkingWeek }) {
  const form = useForm({
    id: 'snooze',
    initial: { 'until.on': nextWorkingDay(todayDay(), week), 'until.time': '' } satisfies SnoozeDraft,
    schema: ReminderSnoozeInput,
    toInput: (draft: SnoozeDraft) => ({
      id: reminder.id,
      until: { on: draft['until.on'], time: draft['until.time'] || null },
    }),
    save: async (input) => {
      await snoozeFollowUp(reminder, input.until);
      closeSnoozeDate();
    },
  });
  const day = form.draft['until.on'];

  return (
    <Dialog title="Snooze until" description={reminder.title} onClose={closeSnoozeDate}>
      <form className="dialog-form" noValidate onSubmit={form.onSubmit}>
        <div className="dialog-body field-row">
          <TextField form={form} name="until.on" label="Day" type="date" required className="grow" min={todayDay()} data-autofocus />
          <TextField form={form} name="until.time" label="Time" type="time" className="grow" hint="Blank means 9:00" step={300} />
        </div>
        <DialogFooter error={form.formError}>
          <Button onClick={closeSnoozeDate}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={form.saving}>
            {/^\d{4}-\d{2}-\d{2}$/.test(day) ? `Snooze until ${formatNearDay(day)}` : 'Snooze'}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
