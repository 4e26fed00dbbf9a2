import { BriefcaseBusiness } from 'lucide-react';
import type { Weekday } from '../../src/api/intake';
import { WorkingTimeInput, type WorkingTime } from '../../src/api/reminders';
import { change, useData } from '../api/data';
import { SaveButton } from '../ui/Button';
import { TextField } from '../ui/Field';
import { showToast } from '../ui/toasts';
import { errorIdFor, useForm } from '../ui/useForm';
import { WeekdayToggles } from '../ui/WeekdayToggles';
import { SettingsCard } from './SettingsCard';

type WorkingDraft = { days: string; startsAt: string; endsAt: string };

/** The recruiter's working days and hours: where "tomorrow morning" and "next week" land when snoozing. */
export function WorkingTimeSection() {
  const { data: week, error } = useData('workingTime.get', {});
  return (
    <SettingsCard
      id="working-time-heading"
      icon={BriefcaseBusiness}
      title="Working days and hours"
      lead="Snoozing a follow-up until tomorrow morning or next week skips the days you do not work, and starts when your day does."
      error={error}
    >
      {week && <WorkingTimeForm week={week} />}
    </SettingsCard>
  );
}

function WorkingTimeForm({ week }: { week: WorkingTime }) {
  const form = useForm({
    id: 'working',
    initial: { days: week.days.join(','), startsAt: week.startsAt, endsAt: week.endsAt } satisfies WorkingDraft,
    schema: WorkingTimeInput,
    toInput: (draft: WorkingDraft) => ({ days: draft.days.split(',').filter(Boolean) as Weekday[], startsAt: draft.startsAt, endsAt: draft.endsAt }),
    save: async (input) => {
      await change('workingTime.save', input);
      showToast({ message: 'Working days and hours saved' });
    },
  });
  const daysError = form.errorFor('days');
  return (
    <form className="working-time" noValidate onSubmit={form.onSubmit}>
      <fieldset className="fieldset" aria-describedby={daysError ? errorIdFor('working-days') : undefined}>
        <legend className="field-label">Working days</legend>
        <WeekdayToggles chosen={form.draft.days.split(',').filter(Boolean) as Weekday[]} onChange={(days) => form.set('days', days.join(','))} />
        {daysError && (
          <p className="field-error" id={errorIdFor('working-days')}>
            {daysError}
          </p>
        )}
      </fieldset>
      <div className="field-row">
        <TextField form={form} name="startsAt" label="Day starts" type="time" step={300} required />
        <TextField form={form} name="endsAt" label="Day ends" type="time" step={300} required />
        <SaveButton saving={form.saving}>Save working time</SaveButton>
      </div>
    </form>
  );
}
