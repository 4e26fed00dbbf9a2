import type { RuleName } from '../../api/reminders';
import type { WorkingWeek } from '../../api/workingDays';
import type { Core } from '../../db/core';
import type { ReminderValues } from '../reminders';
import type { CurrentSubmission } from './current';

/** A follow-up a rule finds warranted now, named by what it is for so it is proposed only once. */
export interface Proposal extends Omit<ReminderValues, 'timeZone'> {
  rule: RuleName;
  ruleKey: string;
}

export interface RuleContext {
  /** The recruiter's day, in their zone. */
  today: string;
  zone: string;
  /** The rule's days as set in Settings (null for rules without). */
  days: number | null;
  /** Every live submission where it stands, read once per run for all the rules. */
  submissions: () => CurrentSubmission[];
  /** The recruiter's working days (Settings), read once per run: "after N working days" counts these. */
  week: () => WorkingWeek;
}

/** Every follow-up the rule finds warranted, whatever its date: the runner decides what to show. */
export type Rule = (core: Core, context: RuleContext) => Proposal[];
