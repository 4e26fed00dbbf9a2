import { useState } from 'react';
import { ReminderCreateInput, ReminderUpdateInput, reminderKindLabels, reminderKinds } from '../../src/api/reminders';
import { TriangleAlert } from 'lucide-react';
import type { WorkingWeek } from '../../src/api/workingDays';
import { asApiError, change, useData } from '../api/data';
import { Button, SaveButton } from '../ui/Button';
import { Dialog, DialogFooter } from '../ui/Dialog';
import { TextAreaField, TextField } from '../ui/Field';
import { formatNearDay, todayDay } from '../ui/dates';
import { showToast } from '../ui/toasts';
import { useForm } from '../ui/useForm';
import { dueLabel, reminderKindIcons } from './followUpFormat';
import { closeReminderEditor, type LinkedRecord, type ReminderEditor } from './followUpStore';
import { LinkedRecordField } from './LinkedRecordField';
import { reminderDraft, reminderInput, type ReminderDraft } from './reminderDraft';
import { RepeatFields } from './RepeatFields';

/** What the recruiter was asked about: changing the day or time asks again. */
const dueKey = (draft: ReminderDraft) => `${draft.dueOn} ${draft.dueTime}`;

/** A day before today, or a time already gone today, on this computer's clock. */
function isPast(draft: ReminderDraft): boolean {
  const today = todayDay();
  if (draft.dueOn !== today) return draft.dueOn < today;
  const now = new Date();
  const time = `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
  return draft.dueTime !== '' && draft.dueTime < time;
}

/** A follow-up of the recruiter's own, new or edited: what to do, about what, when, and whether it repeats. */
export function ReminderFormDialog({ editor }: { editor: ReminderEditor }) {
  // Opens once the working days are known (a new follow-up is due on one of them), or could not be read.
  const { data: week, error } = useData('workingTime.get', {});
  return week || error ? <ReminderForm editor={editor} week={week ?? null} /> : null;
}

function ReminderForm({ editor, week }: { editor: ReminderEditor; week: WorkingWeek | null }) {
  const editing = editor.mode === 'edit' ? editor.reminder : null;
  const [about, setAbout] = useState<LinkedRecord | null>(editor.mode === 'edit' ? editor.reminder.about : editor.about);
  // The due moment the core found in the past and the recruiter was asked about: saving it again confirms it.
  const [askedAbout, setAskedAbout] = useState<string | null>(null);
  const form = useForm({
    id: 'reminder',
    initial: reminderDraft(editing, week),
    schema: editing ? ReminderUpdateInput : ReminderCreateInput,
    // An edit sends every field; the core changes only what differs (a due date given again keeps its snooze).
    toInput: (draft: ReminderDraft) => {
      const input = { ...reminderInput(draft, about, editing?.timeZone), confirmPast: askedAbout === dueKey(draft) };
      return editing ? { id: editing.id, ...input } : input;
    },
    save: async (input): Promise<void> => {
      // Asked here first, so the core's refusal (the same rule) is only a safety net.
      const dueChanged = !editing || editing.dueOn !== form.draft.dueOn || (editing.dueTime ?? '') !== form.draft.dueTime;
      if (dueChanged && !input.confirmPast && isPast(form.draft)) return setAskedAbout(dueKey(form.draft));
      let saved;
      try {
        saved = editing
          ? await change('reminders.update', input as ReminderUpdateInput)
          : await change('reminders.create', input as ReminderCreateInput);
      } catch (error) {
        // Due in the past: most often a slip. Ask, and let the same button save it anyway.
        if (asApiError(error).field === 'confirmPast') return setAskedAbout(dueKey(form.draft));
        throw error;
      }
      closeReminderEditor();
      showToast({ message: `${editing ? 'Reminder saved' : 'Reminder added'}. ${dueLabel(saved)}` });
    },
  });

  const asking = askedAbout !== null && askedAbout === dueKey(form.draft);

  return (
    <Dialog title={editing ? 'Edit reminder' : 'New reminder'} onClose={closeReminderEditor} wide>
      <form className="dialog-form" noValidate onSubmit={form.onSubmit}>
        <div className="dialog-body form-grid">
          <TextField
            form={form}
            name="title"
            label="What to do"
            required
            className="span-2"
            placeholder="e.g. Call Dana about the second interview"
            autoComplete="off"
            data-autofocus
          />
          <fieldset className="fieldset span-2">
            <legend className="field-label">Kind</legend>
            <div className="segmented segmented--block">
              {reminderKinds.map((kind) => {
                const Icon = reminderKindIcons[kind];
                return (
                  <label key={kind} className="segment">
                    <input type="radio" name="kind" value={kind} checked={form.draft.kind === kind} onChange={() => form.set('kind', kind)} />
                    <span className="segment-with-icon">
                      <Icon size={13} aria-hidden />
                      {reminderKindLabels[kind]}
                    </span>
                  </label>
                );
              })}
            </div>
          </fieldset>
          <LinkedRecordField about={about} onChange={setAbout} className="span-2" />
          <div className="field-row span-2">
            <TextField form={form} name="dueOn" label="Due" type="date" required className="grow" />
            <TextField form={form} name="dueTime" label="Time" type="time" className="grow" step={300} hint="Blank means any time that day" />
          </div>
          <RepeatFields form={form} />
          <TextAreaField form={form} name="notes" label="Notes" rows={3} className="span-2" placeholder="What to ask, what to mention…" />
        </div>
        {asking && (
          <p className="dialog-warning" role="alert">
            <TriangleAlert size={14} aria-hidden />
            This reminder would be due in the past ({formatNearDay(form.draft.dueOn)}
            {form.draft.dueTime && `, ${form.draft.dueTime}`}). Save it anyway, or choose a later date.
          </p>
        )}
        <DialogFooter error={form.formError}>
          <Button onClick={closeReminderEditor}>Cancel</Button>
          <SaveButton saving={form.saving}>
            {asking ? 'Save anyway' : editing ? 'Save reminder' : 'Add reminder'}
          </SaveButton>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
