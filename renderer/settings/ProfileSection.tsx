import { UserRound } from 'lucide-react';
import { RecruiterProfileInput, type RecruiterProfile } from '../../src/api/recruiterProfile';
import { change, useData } from '../api/data';
import { SaveButton } from '../ui/Button';
import { SelectField, TextAreaField, TextField } from '../ui/Field';
import { currencyOptions } from '../ui/regions';
import { showToast } from '../ui/toasts';
import { useForm } from '../ui/useForm';
import { SettingsCard } from './SettingsCard';

type ProfileDraft = { name: string; email: string; phone: string; signature: string; currency: string };

const currencyChoices = [['', 'Not chosen'] as const, ...currencyOptions];

/** Who the recruiter is, as their messages sign off, and the currency a new job starts in. */
export function ProfileSection() {
  const { data: profile, error } = useData('recruiterProfile.get', {});
  return (
    <SettingsCard
      id="profile-heading"
      icon={UserRound}
      title="Your profile"
      lead="Messages you write from Shortlist sign off with your name and signature. It stays on this computer."
      error={error}
    >
      {profile && <ProfileForm profile={profile} />}
    </SettingsCard>
  );
}

function ProfileForm({ profile }: { profile: RecruiterProfile }) {
  const form = useForm({
    id: 'profile',
    initial: {
      name: profile.name ?? '',
      email: profile.email ?? '',
      phone: profile.phone ?? '',
      signature: profile.signature ?? '',
      currency: profile.currency ?? '',
    } satisfies ProfileDraft,
    schema: RecruiterProfileInput,
    toInput: (draft: ProfileDraft) => ({ ...draft, currency: draft.currency || null }),
    save: async (input) => {
      await change('recruiterProfile.save', input);
      showToast({ message: 'Your profile is saved' });
    },
  });
  return (
    <form className="form-grid profile-form" noValidate onSubmit={form.onSubmit}>
      <TextField form={form} name="name" label="Your name" autoComplete="name" placeholder="e.g. Sam Rivera" />
      <TextField form={form} name="email" label="Email" type="email" autoComplete="email" />
      <TextField form={form} name="phone" label="Phone" type="tel" autoComplete="tel" />
      <SelectField
        form={form}
        name="currency"
        label="Default currency"
        options={currencyChoices}
        hint="For a new job’s salary, unless its client’s country pays in another."
      />
      <TextAreaField
        form={form}
        name="signature"
        label="Signature"
        rows={4}
        className="span-2"
        placeholder={'Sam Rivera\nSenior Consultant, TalentBridge\n+44 20 7946 0000'}
        hint="Goes under the sign-off of every message. Left blank, your name, phone and email."
      />
      <div className="span-2 profile-actions">
        <SaveButton saving={form.saving}>Save profile</SaveButton>
      </div>
    </form>
  );
}
