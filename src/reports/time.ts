import type { ReportSettings, TimeReport } from '../api/reports';
import type { Facts } from './facts';
import type { Figures } from './figures';
import { groupBy, waitingStages } from './history';
import { byText, daysBetween } from './stats';
import { STUCK_SHOWN } from './stuck';
import { timeMeasuresOf } from './timeMeasures';

/**
 * For the jobs opened in the period: days from opening to the first candidate submitted, and to
 * the first placement (the offer accepted). For the stage moves made in the period: how long each
 * stage lasted until the next move. And the submissions with no move for the days set in Settings:
 * the longest-waiting of them, and how many there are.
 */
export function timeReport(facts: Facts, settings: ReportSettings, figures: Figures): TimeReport {
  const measures = facts.time ?? timeMeasuresOf(facts);
  const { firsts } = measures;
  const daysTo = (openedOn: string, at: string | null | undefined) => (at ? daysBetween(openedOn, facts.day(at)) : null);
  const jobs = [...facts.jobs.values()]
    .filter((job) => facts.dayInPeriod(job.openedOn))
    .map((job) => {
      const first = firsts.get(job.id);
      return {
        jobId: job.id,
        title: job.title,
        clientName: job.clientName,
        openedOn: job.openedOn,
        reopened: job.reopened,
        toFirstSubmission: daysTo(job.openedOn, first?.submitted),
        toFill: daysTo(job.openedOn, first?.placed),
        key: `time.job.${job.id}`,
      };
    })
    .sort((a, b) => byText(a.openedOn, b.openedOn) || byText(a.title, b.title));
  for (const job of jobs) figures.count(job.key, [job.jobId]);
  const { stuck, count } = facts.stuck(settings.stuckDays, STUCK_SHOWN);
  const measured = (pick: 'toFirstSubmission' | 'toFill') =>
    jobs.flatMap((job) => {
      const days = job[pick];
      return days === null ? [] : [{ id: job.jobId, days }];
    });
  // The stays one by one when their records are asked for; else their spreads alone.
  const byStage = figures.keeps ? new Map(groupBy(measures.spells, (spell) => spell.stage)) : null;
  return {
    jobs,
    toFirstSubmission: figures.spread('time.toFirstSubmission', measured('toFirstSubmission')),
    toFill: figures.spread('time.toFill', measured('toFill')),
    stages: waitingStages.map((stage) => ({
      stage,
      ...(byStage ? figures.spread(`time.stage.${stage}`, byStage.get(stage) ?? []) : figures.spreadOf(`time.stage.${stage}`, measures.spreads.get(stage)!)),
    })),
    stuckDays: settings.stuckDays,
    stuck,
    stuckCount: count,
  };
}
