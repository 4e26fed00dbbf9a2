import type { ReportSettings, TimeReport } from '../api/reports';
import type { StageName } from '../api/submissions';
import type { Facts, SubmissionFacts } from './facts';
import type { Figures } from './figures';
import { firstReach, groupBy, waitingStages } from './history';
import { daysBetween, round } from './stats';
import { STUCK_SHOWN, stuckOf } from './stuck';

const DAY = 86_400_000;

/**
 * For the jobs opened in the period: days from opening to the first candidate submitted, and to
 * the first placement (the offer accepted). For the stage moves made in the period: how long each
 * stage lasted until the next move. And the submissions with no move for the days set in Settings:
 * the longest-waiting of them, and how many there are.
 */
export function timeReport(facts: Facts, settings: ReportSettings, figures: Figures): TimeReport {
  const byJob = new Map(groupBy(facts.submissions, (s) => s.jobId));
  const firstDay = (subs: readonly SubmissionFacts[], find: (s: SubmissionFacts) => string | undefined) => {
    const days = subs.map(find).filter((at): at is string => at !== undefined).map(facts.day);
    return days.length === 0 ? null : days.sort()[0]!;
  };
  const jobs = [...facts.jobs.values()]
    .filter((job) => facts.dayInPeriod(job.openedOn))
    .map((job) => {
      const subs = byJob.get(job.id) ?? [];
      const submitted = firstDay(subs, (s) => firstReach(s, 'submitted')?.at);
      const placed = firstDay(subs, (s) => s.moves.find((m) => m.stage === 'placed')?.at);
      return {
        jobId: job.id,
        title: job.title,
        clientName: job.clientName,
        openedOn: job.openedOn,
        reopened: job.reopened,
        toFirstSubmission: submitted === null ? null : daysBetween(job.openedOn, submitted),
        toFill: placed === null ? null : daysBetween(job.openedOn, placed),
        key: `time.job.${job.id}`,
      };
    })
    .sort((a, b) => a.openedOn.localeCompare(b.openedOn) || a.title.localeCompare(b.title));
  for (const job of jobs) figures.count(job.key, [job.jobId]);
  const { stuck, count } = stuckOf(facts, settings.stuckDays, STUCK_SHOWN);
  const measured = (pick: 'toFirstSubmission' | 'toFill') =>
    jobs.flatMap((job) => {
      const days = job[pick];
      return days === null ? [] : [{ id: job.jobId, days }];
    });
  return {
    jobs,
    toFirstSubmission: figures.spread('time.toFirstSubmission', measured('toFirstSubmission')),
    toFill: figures.spread('time.toFill', measured('toFill')),
    stages: waitingStages.map((stage) => ({ stage, ...figures.spread(`time.stage.${stage}`, spells(facts, stage)) })),
    stuckDays: settings.stuckDays,
    stuck,
    stuckCount: count,
  };
}

/** Each stay in `stage` that began in the period and has ended, in days to the tenth. */
function spells(facts: Facts, stage: StageName): { id: string; days: number }[] {
  return facts.submissions.flatMap((s) =>
    s.moves.flatMap((move, i) => {
      const next = s.moves[i + 1];
      if (move.stage !== stage || !next || !facts.inPeriod(move.at)) return [];
      return [{ id: s.id, days: round((Date.parse(next.at) - Date.parse(move.at)) / DAY) }];
    }),
  );
}
