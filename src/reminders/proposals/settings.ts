import type { ParsedInput } from '../../api/contract';
import { ruleLabels, ruleNames, type RuleName, type RuleSetting } from '../../api/reminders';
import type { Core } from '../../db/core';
import { getSetting, setSetting } from '../../db/settings';

interface RuleDefault {
  days: number | null;
  daysLabel: string | null;
  describe: (days: number | null) => string;
}

/** What each rule does out of the box; the recruiter may switch any off or change its days. */
const defaults: Record<RuleName, RuleDefault> = {
  chase_feedback: {
    days: 2,
    daysLabel: 'Working days without feedback',
    describe: (days) =>
      `A submitted candidate has no client feedback after ${days} working days, or after the client’s usual time to answer when that is longer: chase the hiring manager or HR.`,
  },
  interview_debrief: {
    days: 1,
    daysLabel: 'Days after the interview',
    describe: (days) => `${days === 1 ? 'The morning after' : `${days} days after`} an interview: debrief the candidate and ask the client for feedback.`,
  },
  intake_check_in: {
    days: null,
    daysLabel: null,
    describe: () => 'The meetings agreed at intake: a repeating check-in with the client on those days.',
  },
  offer_follow_up: {
    days: 2,
    daysLabel: 'Days without an answer',
    describe: (days) => `An offer has had no answer for ${days} days: follow up with the candidate.`,
  },
  placement_check_in: {
    days: null,
    daysLabel: null,
    describe: () => 'A placed candidate: check in on the start date and at 30, 60 and 90 days, or until the guarantee ends.',
  },
  submission_target: {
    days: 3,
    daysLabel: 'Days before the target date',
    describe: (days) => `An open job has fewer submissions than agreed at intake ${days} days before the target date.`,
  },
  contact_nudge: {
    days: 14,
    daysLabel: 'Days without contact',
    describe: (days) => `A contact at a client with open jobs has not been contacted for ${days} days.`,
  },
  chase_payment: {
    days: 1,
    daysLabel: 'Days after the due date',
    describe: (days) => `A placement’s invoice is still unpaid ${days} ${days === 1 ? 'day' : 'days'} after it fell due: chase the client.`,
  },
};

type Stored = Partial<Record<RuleName, { enabled: boolean; days: number | null }>>;

const stored = (core: Core): Stored => JSON.parse(getSetting(core.db, 'reminder_rules') ?? '{}') as Stored;

export function ruleSettings(core: Core): RuleSetting[] {
  const saved = stored(core);
  return ruleNames.map((rule) => {
    const { days, daysLabel, describe } = defaults[rule];
    const chosenDays = days === null ? null : (saved[rule]?.days ?? days);
    return {
      rule,
      label: ruleLabels[rule],
      description: describe(chosenDays),
      enabled: saved[rule]?.enabled ?? true,
      days: chosenDays,
      daysLabel,
    };
  });
}

/** The settings the rules run with, by name. */
export const activeRules = (core: Core) => new Map(ruleSettings(core).map((setting) => [setting.rule, setting]));

/** Saves the rules named; the others keep what they had. Rules without days ignore any given. */
export function saveRuleSettings(core: Core, input: ParsedInput<'reminders.saveRules'>): RuleSetting[] {
  const saved = stored(core);
  for (const { rule, enabled, days } of input.rules) {
    saved[rule] = { enabled, days: defaults[rule].days === null ? null : (days ?? defaults[rule].days) };
  }
  setSetting(core.db, 'reminder_rules', JSON.stringify(saved));
  return ruleSettings(core);
}
