import { weekdays, type IntakeSections, type Weekday } from '../../api/intake';
import type { Core } from '../../db/core';
import { statement } from '../../db/statements';
import { plusDays, weekdayOf } from '../time';
import type { Proposal, RuleContext } from './rule';

interface OpenJob {
  job_id: string;
  job: string;
  client: string;
  sections: string | null;
}

/** Open live jobs with their current intake. */
function openJobs(core: Core) {
  return (
    statement(
      core.db,
      `SELECT j.id AS job_id, j.title AS job, cl.name AS client,
         (SELECT sections FROM intakes WHERE job_id = j.id AND deleted_at IS NULL ORDER BY created_hlc DESC LIMIT 1) AS sections
       FROM jobs j JOIN clients cl ON cl.id = j.client_id
       WHERE j.status = 'open' AND j.deleted_at IS NULL`,
    ).all() as OpenJob[]
  ).flatMap((row) => (row.sections ? [{ ...row, intake: JSON.parse(row.sections) as Partial<IntakeSections> }] : []));
}

/** Meeting days when intake agreed only how many a week: spread through the working week. */
const spread: Record<number, Weekday[]> = {
  1: ['mon'],
  2: ['mon', 'thu'],
  3: ['mon', 'wed', 'fri'],
  4: ['mon', 'tue', 'thu', 'fri'],
  5: ['mon', 'tue', 'wed', 'thu', 'fri'],
  6: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
  7: [...weekdays],
};

/** The check-ins agreed at intake: one repeating reminder per open job, on the agreed days. */
export function intakeCheckIns(core: Core, { today }: RuleContext): Proposal[] {
  return openJobs(core).flatMap(({ job_id, job, client, intake }) => {
    const cadence = intake.meetingCadence;
    if (!cadence) return [];
    const days = cadence.days.length > 0 ? cadence.days : spread[cadence.timesPerWeek]!;
    let first = today;
    while (!days.includes(weekdayOf(first))) first = plusDays(first, 1);
    return [
      {
        rule: 'intake_check_in' as const,
        // The days are part of it: a new cadence replaces the old series.
        ruleKey: `intake_check_in:${job_id}:${days.join(',')}`,
        title: `Check in with ${client} about ${job}`,
        kind: 'check_in' as const,
        about: { kind: 'job' as const, id: job_id },
        notes: null,
        dueOn: first,
        dueTime: null,
        repeat: { every: 'weeks' as const, days },
      },
    ];
  });
}

/** Fewer candidates submitted than agreed at intake, N days before the date agreed. */
export function submissionTargets(core: Core, { days, submissions }: RuleContext): Proposal[] {
  // Presented to the client: every submission past shortlisted, however it ended.
  const submittedByJob = new Map<string, number>();
  for (const row of submissions()) {
    if (row.stage !== 'shortlisted') submittedByJob.set(row.job_id, (submittedByJob.get(row.job_id) ?? 0) + 1);
  }
  return openJobs(core).flatMap(({ job_id, job, client, intake }) => {
    const target = intake.submissionTarget;
    const submitted = submittedByJob.get(job_id) ?? 0;
    if (!target?.byDate || submitted >= target.count) return [];
    return [
      {
        rule: 'submission_target' as const,
        ruleKey: `submission_target:${job_id}:${target.byDate}:${target.count}`,
        title: `Submit more candidates for ${job}: ${target.count} agreed with ${client} by ${target.byDate}`,
        kind: 'other' as const,
        about: { kind: 'job' as const, id: job_id },
        notes: `${submitted} submitted so far.`,
        dueOn: plusDays(target.byDate, -(days ?? 0)),
        dueTime: null,
        repeat: null,
      },
    ];
  });
}
