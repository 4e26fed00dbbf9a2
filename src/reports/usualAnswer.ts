import { ReportInput } from '../api/reports';
import { nextWorkingDay, type WorkingWeek } from '../api/workingDays';
import type { Core } from '../db/core';
import { plusDays } from '../reminders/time';
import { readFacts } from './facts';
import { presented } from './funnel';
import { groupBy, submittedAt } from './history';
import { answerOn } from './responsiveness';
import { median } from './stats';

/** Working days after `from`, up to and including `to`: Monday to Thursday is 3. */
function workingDaysBetween(from: string, to: string, week: WorkingWeek): number {
  let count = 0;
  for (let day = nextWorkingDay(from, week); day <= to; day = nextWorkingDay(day, week)) count += 1;
  return count;
}

/**
 * How long each client usually takes to answer a submission: their median days
 * from presenting a candidate to their first feedback (the responsiveness report's figure, over
 * the last year as on the client page), counted in the recruiter's working days and rounded up.
 * A client with no answered submission in the year has none.
 */
export function usualAnswerByClient(core: Core, today: string, week: WorkingWeek): Map<string, number> {
  const facts = readFacts(core, ReportInput.parse({ from: plusDays(today, -365), to: today }), 'presented');
  const byClient = new Map<string, number>();
  for (const [clientId, subs] of groupBy(presented(facts), (s) => s.clientId)) {
    const days = subs.flatMap((s) => {
      const submittedOn = facts.day(submittedAt(s)!);
      const answer = answerOn(s, submittedOn);
      return answer ? [workingDaysBetween(submittedOn, answer, week)] : [];
    });
    const usual = median(days);
    if (usual !== null) byClient.set(clientId, Math.ceil(usual));
  }
  return byClient;
}

/**
 * The figures worked out once a day (and again if the working week changes): a year of answers
 * moves little in a day, and the follow-up rules run after every change, where reading that year
 * again would cost a fifth of a second at 100k candidates.
 */
const kept = new WeakMap<Core, { state: string; byClient: Map<string, number> }>();

export function usualAnswers(core: Core, today: string, week: WorkingWeek): Map<string, number> {
  const state = JSON.stringify([today, week]);
  const last = kept.get(core);
  if (last?.state === state) return last.byClient;
  const byClient = usualAnswerByClient(core, today, week);
  kept.set(core, { state, byClient });
  return byClient;
}

/** "usually answers in 4 working days", as the chase says it. */
export const usualAnswerWords = (days: number) =>
  days === 0 ? 'usually answers the same day' : `usually answers in ${days} working ${days === 1 ? 'day' : 'days'}`;
