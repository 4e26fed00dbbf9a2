import type { ParsedInput } from '../api/contract';
import type { RecruiterProfile } from '../api/recruiterProfile';
import type { Core } from '../db/core';
import { getSetting, setSetting } from '../db/settings';

const empty: RecruiterProfile = { name: null, email: null, phone: null, signature: null, currency: null };

/** The recruiter on this laptop (a setting of the laptop, not a shared record: a colleague's export never changes it). */
export function getRecruiterProfile(core: Core): RecruiterProfile {
  const saved = getSetting(core.db, 'profile');
  return saved ? { ...empty, ...(JSON.parse(saved) as Partial<RecruiterProfile>) } : empty;
}

export function saveRecruiterProfile(core: Core, input: ParsedInput<'recruiterProfile.save'>): RecruiterProfile {
  setSetting(core.db, 'profile', JSON.stringify(input));
  return getRecruiterProfile(core);
}
