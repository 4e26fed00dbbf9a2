import { BriefcaseBusiness, Crown, ShieldCheck, UserRound, UserSearch, type LucideIcon } from 'lucide-react';
import type { ContactRole } from '../../src/api/clients';

interface RoleInfo {
  label: string;
  /** One person in this role, as a sentence would name them. */
  noun: string;
  /** The heading of this role's group on the client page. */
  group: string;
  /** What this person is to the recruiter, for the two roles that decide a placement. */
  part?: string;
  caption: string;
  icon: LucideIcon;
}

export const roles: Record<ContactRole, RoleInfo> = {
  hiring_manager: {
    label: 'Hiring manager',
    noun: 'hiring manager',
    group: 'Hiring managers',
    part: 'Decision maker',
    caption: 'Owns the hire, judges skills first and makes the final call.',
    icon: Crown,
  },
  hr: {
    label: 'HR',
    noun: 'HR contact',
    group: 'HR',
    part: 'Gatekeeper',
    caption: 'Guards culture, fit and process, with more say than it looks.',
    icon: ShieldCheck,
  },
  talent_acquisition: {
    label: 'Talent acquisition',
    noun: 'talent acquisition contact',
    group: 'Talent acquisition',
    caption: 'In-house recruiters: allies on process, rivals on candidates.',
    icon: UserSearch,
  },
  executive: { label: 'Executive', noun: 'executive', group: 'Executives', caption: 'Senior sponsors of the hiring plan.', icon: BriefcaseBusiness },
  other: { label: 'Other', noun: 'contact', group: 'Other contacts', caption: 'Everyone else worth knowing here.', icon: UserRound },
};

/** Both sides of every placement: shown even when empty, as a nudge to know someone on each. */
export const essentialRoles: readonly ContactRole[] = ['hiring_manager', 'hr'];

export function RoleBadge({ role }: { role: ContactRole }) {
  const info = roles[role];
  if (!info.part) return null;
  const Icon = info.icon;
  return (
    <span className={`badge badge--${role}`}>
      <Icon size={12} aria-hidden />
      {info.part}
    </span>
  );
}
