import { interviewName } from '../../api/interviewName';
import type { Core } from '../../db/core';
import { statement } from '../../db/statements';
import { plusWorkingDays } from '../../api/workingDays';
import { dayIn, MORNING, plusDays } from '../time';
import { usualAnswers, usualAnswerWords } from '../../reports/usualAnswer';
import { jobLive } from './current';
import type { Proposal, RuleContext } from './rule';

/**
 * Submitted, and the client has said nothing since: chase after N of the recruiter's working
 * days, or after the client's usual time to answer when that is longer (chasing Acme on day two
 * when it always answers on day four only annoys Acme). The note says how long they usually take.
 */
export function chaseFeedback(core: Core, { days, zone, today, submissions, week }: RuleContext): Proposal[] {
  const waiting = submissions().filter(
    (row) =>
      jobLive(row) &&
      (row.stage === 'submitted' || row.stage === 'client_reviewing') &&
      !(row.feedback_hlc && row.feedback_hlc > row.since_hlc),
  );
  const usual = waiting.length > 0 ? usualAnswers(core, today, week()) : new Map<string, number>();
  return waiting.map((row) => {
    const whom = [
      row.hiring_manager && `${row.hiring_manager} (hiring manager)`,
      row.hr && `${row.hr} (HR)`,
    ].filter(Boolean);
    const usualDays = usual.get(row.client_id);
    const notes = [
      usualDays !== undefined && `${row.client} ${usualAnswerWords(usualDays)}.`,
      whom.length > 0 && `Ask ${whom.join(' or ')}.`,
    ].filter(Boolean);
    return {
      rule: 'chase_feedback',
      ruleKey: `chase_feedback:${row.change_id}`,
      title: `Chase ${row.client}’s feedback on ${row.candidate} for ${row.job}`,
      kind: 'email',
      about: { kind: 'submission', id: row.submission_id },
      notes: notes.length > 0 ? notes.join(' ') : null,
      dueOn: plusWorkingDays(dayIn(row.since, zone), Math.max(days ?? 0, usualDays ?? 0), week()),
      dueTime: null,
      repeat: null,
    };
  });
}

/** An offer out with no answer: follow up with the candidate after N days. */
export function offerFollowUp(_core: Core, { days, zone, submissions }: RuleContext): Proposal[] {
  return submissions()
    .filter((row) => row.stage === 'offer' && jobLive(row))
    .map((row) => ({
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

/** A placement: a call on the first day, at 30, 60 and 90 days, stopping when the guarantee ends. */
export function placementCheckIns(_core: Core, { submissions }: RuleContext): Proposal[] {
  return submissions().flatMap((row) => {
    if (row.stage !== 'placed' || !row.placement_start_on) return [];
    const start = row.placement_start_on;
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
  /** The day of the client's latest feedback on the submission, if any. */
  feedback_on: string | null;
}

/**
 * After each interview that was not cancelled, on a job still open: debrief the candidate, and ask
 * the client for feedback, unless it is already logged (then pass it on). A closed submission
 * (rejected, withdrawn, lost) needs no debrief.
 */
export function interviewDebrief(core: Core, { days, zone }: RuleContext): Proposal[] {
  const rows = statement(
    core.db,
    `SELECT i.id AS interview_id, i.starts_at, i.step, s.id AS submission_id, c.name AS candidate, cl.name AS client,
       (SELECT max(received_on) FROM feedback f WHERE f.submission_id = s.id AND f.deleted_at IS NULL) AS feedback_on
     FROM interviews i
     JOIN submissions s ON s.id = i.submission_id AND s.deleted_at IS NULL
     JOIN candidates c ON c.id = s.candidate_id AND c.deleted_at IS NULL
     JOIN jobs j ON j.id = s.job_id AND j.deleted_at IS NULL AND j.status IN ('open', 'on_hold')
     JOIN clients cl ON cl.id = j.client_id
     WHERE i.deleted_at IS NULL AND i.cancelled = 0
       AND (SELECT stage FROM stage_changes WHERE submission_id = s.id AND deleted_at IS NULL ORDER BY created_hlc DESC LIMIT 1)
         NOT IN ('rejected', 'withdrawn', 'lost')`,
  ).all() as Held[];
  return rows.map((row) => {
    const day = dayIn(row.starts_at, zone);
    // Feedback received on the interview's day or after is the client's word on it: pass it on, do not ask again.
    const feedbackIn = row.feedback_on !== null && row.feedback_on >= day;
    return {
      rule: 'interview_debrief',
      // The day is part of what is proposed: a rescheduled interview gets a debrief of its own;
      // feedback logged changes what the debrief is for, so the one that asked for it closes.
      ruleKey: `interview_debrief:${row.interview_id}:${day}${feedbackIn ? ':feedback_in' : ''}`,
      title: feedbackIn
        ? `Debrief ${row.candidate} after the ${interviewName(row.step)} and pass on ${row.client}’s feedback`
        : `Debrief ${row.candidate} after the ${interviewName(row.step)} and ask ${row.client} for feedback`,
      kind: 'call',
      about: { kind: 'submission', id: row.submission_id },
      notes: null,
      dueOn: plusDays(day, days ?? 1),
      dueTime: MORNING,
      repeat: null,
    };
  });
}
