import type { Core } from '../../db/core';
import { statement } from '../../db/statements';
import { CURRENT_STAGE_JOIN } from '../../submissions/submissions';
import { dayIn, plusBusinessDays, plusDays } from '../time';
import type { Proposal, RuleContext } from './rule';

interface AtStage {
  submission_id: string;
  change_id: string;
  since: string;
  candidate: string;
  job: string;
  client: string;
  hiring_manager: string | null;
  hr: string | null;
}

/** Live submissions whose current stage is one of `stages`, with who and what they are. */
function submissionsAt(core: Core, stages: string, extra = '') {
  return statement(
    core.db,
    `SELECT s.id AS submission_id, now.id AS change_id, now.created_at AS since, c.name AS candidate, j.title AS job,
       cl.name AS client, hm.name AS hiring_manager, hr.name AS hr, s.placement_start_on, s.guarantee_ends_on
     FROM submissions s ${CURRENT_STAGE_JOIN}
     JOIN candidates c ON c.id = s.candidate_id AND c.deleted_at IS NULL
     JOIN jobs j ON j.id = s.job_id AND j.deleted_at IS NULL
     JOIN clients cl ON cl.id = j.client_id
     LEFT JOIN contacts hm ON hm.id = j.hiring_manager_id AND hm.deleted_at IS NULL
     LEFT JOIN contacts hr ON hr.id = j.hr_contact_id AND hr.deleted_at IS NULL
     WHERE s.deleted_at IS NULL AND now.stage IN (${stages}) ${extra}`,
  );
}

/** Submitted, and the client has said nothing since: chase after N business days. */
export function chaseFeedback(core: Core, { days, zone }: RuleContext): Proposal[] {
  const rows = submissionsAt(
    core,
    "'submitted', 'client_reviewing'",
    `AND NOT EXISTS (SELECT 1 FROM feedback f WHERE f.submission_id = s.id AND f.deleted_at IS NULL
       AND f.created_hlc > now.created_hlc)`,
  ).all() as AtStage[];
  return rows.map((row) => {
    const whom = [
      row.hiring_manager && `${row.hiring_manager} (hiring manager)`,
      row.hr && `${row.hr} (HR)`,
    ].filter(Boolean);
    return {
      rule: 'chase_feedback',
      ruleKey: `chase_feedback:${row.change_id}`,
      title: `Chase ${row.client}’s feedback on ${row.candidate} for ${row.job}`,
      kind: 'email',
      about: { kind: 'submission', id: row.submission_id },
      notes: whom.length > 0 ? `Ask ${whom.join(' or ')}.` : null,
      dueOn: plusBusinessDays(dayIn(row.since, zone), days ?? 0),
      dueTime: null,
      repeat: null,
    };
  });
}

/** An offer out with no answer: follow up with the candidate after N days. */
export function offerFollowUp(core: Core, { days, zone }: RuleContext): Proposal[] {
  const rows = submissionsAt(core, "'offer'").all() as AtStage[];
  return rows.map((row) => ({
    rule: 'offer_follow_up',
    ruleKey: `offer_follow_up:${row.change_id}`,
    title: `Follow up with ${row.candidate} on ${row.client}’s offer for ${row.job}`,
    kind: 'call',
    about: { kind: 'submission', id: row.submission_id },
    notes: null,
    dueOn: plusDays(dayIn(row.since, zone), days ?? 0),
    dueTime: null,
    repeat: null,
  }));
}

interface Placed extends AtStage {
  placement_start_on: string | null;
  guarantee_ends_on: string | null;
}

/** A placement: a call on the first day, at 30, 60 and 90 days, stopping when the guarantee ends. */
export function placementCheckIns(core: Core): Proposal[] {
  const rows = submissionsAt(core, "'placed'", 'AND s.placement_start_on IS NOT NULL').all() as Placed[];
  return rows.flatMap((row) => {
    const start = row.placement_start_on!;
    const ends = row.guarantee_ends_on;
    const points = [
      { day: start, what: 'first day' },
      { day: plusDays(start, 30), what: '30 days in' },
      { day: plusDays(start, 60), what: '60 days in' },
      { day: plusDays(start, 90), what: '90 days in' },
    ].filter((point) => !ends || point.day <= ends);
    if (ends && ends > start && ends < plusDays(start, 90) && !points.some((point) => point.day === ends)) {
      points.push({ day: ends, what: 'the guarantee ends' });
    }
    return points.map((point) => ({
      rule: 'placement_check_in' as const,
      ruleKey: `placement_check_in:${row.submission_id}:${point.day}`,
      title: `Check in with ${row.candidate} at ${row.client}: ${point.what}`,
      kind: 'check_in' as const,
      about: { kind: 'submission' as const, id: row.submission_id },
      notes: null,
      dueOn: point.day,
      dueTime: null,
      repeat: null,
    }));
  });
}

interface Held {
  interview_id: string;
  starts_at: string;
  step: string | null;
  submission_id: string;
  candidate: string;
  client: string;
}

/** After each interview that was not cancelled: debrief the candidate, ask the client for feedback. */
export function interviewDebrief(core: Core, { days, zone }: RuleContext): Proposal[] {
  const rows = statement(
    core.db,
    `SELECT i.id AS interview_id, i.starts_at, i.step, s.id AS submission_id, c.name AS candidate, cl.name AS client
     FROM interviews i
     JOIN submissions s ON s.id = i.submission_id AND s.deleted_at IS NULL
     JOIN candidates c ON c.id = s.candidate_id AND c.deleted_at IS NULL
     JOIN jobs j ON j.id = s.job_id AND j.deleted_at IS NULL
     JOIN clients cl ON cl.id = j.client_id
     WHERE i.deleted_at IS NULL AND i.cancelled = 0`,
  ).all() as Held[];
  return rows.map((row) => {
    const day = dayIn(row.starts_at, zone);
    return {
      rule: 'interview_debrief',
      // The day is part of what is proposed: a rescheduled interview gets a debrief of its own.
      ruleKey: `interview_debrief:${row.interview_id}:${day}`,
      title: `Debrief ${row.candidate} after the ${row.step ? `${row.step} ` : ''}interview and ask ${row.client} for feedback`,
      kind: 'call',
      about: { kind: 'submission', id: row.submission_id },
      notes: null,
      dueOn: plusDays(day, days ?? 1),
      dueTime: '09:00',
      repeat: null,
    };
  });
}
