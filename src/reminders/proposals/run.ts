import { ruleLabels, type RuleName } from '../../api/reminders';
import type { Core } from '../../db/core';
import { updateRecord } from '../../db/records';
import { getSetting, setSetting } from '../../db/settings';
import { statement } from '../../db/statements';
import { taskProgress } from '../../tasks/progress';
import { derivedId, insertReminder, rearmAlert, reminderEntity } from '../reminders';
import { rollForwardMissed } from '../rollForward';
import { firstWorkingDayFrom, workingTime } from '../workingTime';
import { dayIn, plusDays } from '../time';
import { contactNudges } from './contactRules';
import { currentSubmissions, once } from './current';
import { intakeCheckIns, submissionTargets } from './jobRules';
import { chasePayment } from './paymentRules';
import type { Rule } from './rule';
import { activeRules } from './settings';
import { chaseFeedback, interviewDebrief, offerFollowUp, placementCheckIns } from './submissionRules';

const rules: Record<RuleName, Rule> = {
  chase_feedback: chaseFeedback,
  interview_debrief: interviewDebrief,
  intake_check_in: intakeCheckIns,
  offer_follow_up: offerFollowUp,
  placement_check_in: placementCheckIns,
  submission_target: submissionTargets,
  contact_nudge: contactNudges,
  chase_payment: chasePayment,
};
const ruleCount = Object.keys(rules).length;

/**
 * Follow-ups are proposed when due within the coming week, and not when they fell due more than
 * a month ago: the first run over years of history should not bury today under stale chases.
 */
const LOOK_AHEAD_DAYS = 7;

/**
 * Rules whose day is fixed by what was agreed (the intake's meeting days, a placement's start and
 * its 30/60/90 days); the others' due day ("the morning after", "two days on") moves on to the
 * recruiter's next working day, so a Friday interview's debrief is not due on a Saturday.
 */
const onFixedDay = new Set<RuleName>(['intake_check_in', 'placement_check_in']);
const LOOK_BACK_DAYS = 30;

/** What the data looked like at the last run and when it was, so a run with nothing new costs one query. */
const lastRun = new WeakMap<Core, { state: string; at: number }>();

function dataState(core: Core, today: string): string {
  const changes = statement(core.db, 'SELECT total_changes() AS n').get() as { n: number };
  return `${core.db.pragma('data_version', { simple: true })}:${changes.n}:${today}`;
}

/**
 * Brings the proposed follow-ups up to date: each warranted one is added once (its id is made
 * from what it is for, so neither a second run nor a colleague's laptop can add it twice); an
 * open one whose condition has cleared closes itself; one that closed itself comes back if its
 * condition returns. Today runs it whenever the data has changed; the notifier, which looks every
 * half minute, no more than every `notOftenerThanMs` (a run reads every submission: a fraction of a
 * second at 100k candidates, which a recruiter typing should never feel).
 */
export function proposeFollowUps(core: Core, notOftenerThanMs = 0): void {
  // On a read connection the host has brought them up to date on the writer just before.
  if (core.db.readonly) return;
  const zone = core.timeZone;
  const now = core.clock.now();
  const today = dayIn(now, zone);
  const last = lastRun.get(core);
  if (last && (last.state === dataState(core, today) || now.getTime() - last.at < notOftenerThanMs)) return;
  // The first run since the app started: nothing to do if no change was stamped since the last
  // run on this file, on the same day (every change of the data the rules read advances the clock).
  if (!last && getSetting(core.db, PROPOSED_FOR) === proposedFor(core, today)) {
    lastRun.set(core, { state: dataState(core, today), at: now.getTime() });
    return;
  }
  const earliest = plusDays(today, -LOOK_BACK_DAYS);
  const latest = plusDays(today, LOOK_AHEAD_DAYS);
  const settings = activeRules(core);
  const submissions = once(() => currentSubmissions(core));
  const week = once(() => workingTime(core));
  const proposed = statement(
    core.db,
    'SELECT id, rule_key, status FROM reminders WHERE rule = ? AND rule_key IS NOT NULL ORDER BY created_hlc',
  );
  const progress = taskProgress(core);
  for (const [index, [rule, propose]] of (Object.entries(rules) as [RuleName, Rule][]).entries()) {
    progress.report(index / ruleCount, `Proposing follow-ups: ${ruleLabels[rule].toLowerCase()}`);
    const setting = settings.get(rule)!;
    const warranted = setting.enabled ? propose(core, { today, zone, days: setting.days, submissions, week }) : [];
    // The latest row per key: a repeating series has many.
    const known = new Map(
      (proposed.all(rule) as { id: string; rule_key: string; status: string }[]).map((row) => [row.rule_key, row]),
    );
    const keys = new Set<string>();
    for (const proposal of warranted) {
      keys.add(proposal.ruleKey);
      const existing = known.get(proposal.ruleKey);
      if (existing?.status === 'resolved') {
        updateRecord(core, reminderEntity, existing.id, { status: 'open' });
        rearmAlert(core, existing.id);
      } else if (!existing && proposal.dueOn >= earliest && proposal.dueOn <= latest) {
        const dueOn = onFixedDay.has(rule) ? proposal.dueOn : firstWorkingDayFrom(proposal.dueOn, week());
        insertReminder(core, { ...proposal, dueOn, timeZone: zone }, derivedId(proposal.ruleKey));
      }
    }
    for (const [key, row] of known) {
      if (row.status === 'open' && !keys.has(key)) updateRecord(core, reminderEntity, row.id, { status: 'resolved' });
    }
  }
  rollForwardMissed(core, today);
  setSetting(core.db, PROPOSED_FOR, proposedFor(core, today));
  lastRun.set(core, { state: dataState(core, today), at: now.getTime() });
}

/** The settings key that remembers, across starts, the data and day the rules last ran for. */
const PROPOSED_FOR = 'proposals_ran_for';
const proposedFor = (core: Core, today: string) => `${getSetting(core.db, 'clock') ?? ''}:${today}`;
