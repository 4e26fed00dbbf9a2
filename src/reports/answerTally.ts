import type { Responsiveness } from '../api/reports';
import type { InterviewDays, SubmissionDays } from './answerDays';
import type { JobFacts } from './facts';
import type { Figures } from './figures';
import { medianOfSorted, p90OfSorted, share } from './stats';

/**
 * Responsiveness's figures for one group of submissions (all, a client's, a hiring manager's),
 * tallied from the days SQL measured (src/reports/answerDays.ts): plain numbers, no object per
 * submission, the spreads from sorted typed arrays. The same figures as measuring each
 * submission's records (responsiveness.ts), which the records behind them still take.
 */
export class AnswerTally {
  submissions = 0;
  never = 0;
  lost = 0;
  readonly toFirst: number[] = [];
  readonly afterInterview: number[] = [];
  readonly offerToAnswer: number[] = [];

  add([, toFirst, offerToAnswer, lost]: SubmissionDays): void {
    this.submissions += 1;
    if (toFirst === null) this.never += 1;
    else this.toFirst.push(toFirst);
    if (offerToAnswer !== null) this.offerToAnswer.push(offerToAnswer);
    this.lost += lost;
  }

  figures(prefix: string, figures: Figures): Responsiveness {
    const counted = (key: string, count: number) => figures.countOf(`${prefix}.${key}`, [{ ids: [], count }]);
    const spread = (key: string, days: number[]) => {
      const sorted = Float64Array.from(days).sort();
      return figures.spreadOf(`${prefix}.${key}`, { count: sorted.length, median: medianOfSorted(sorted), p90: p90OfSorted(sorted) });
    };
    return {
      submissions: counted('submissions', this.submissions),
      toFirstFeedback: spread('toFirstFeedback', this.toFirst),
      interviewToFeedback: spread('interviewToFeedback', this.afterInterview),
      offerToAnswer: spread('offerToAnswer', this.offerToAnswer),
      neverAnswered: counted('neverAnswered', this.never),
      neverAnsweredShare: share(this.never, this.submissions),
      lostWhileWaiting: counted('lostWhileWaiting', this.lost),
    };
  }
}

/** The days tallied overall, per client and per hiring manager (null: none named) of each submission's job. */
export function tallyAnswers(jobs: Map<string, JobFacts>, days: { submissions: SubmissionDays[]; interviews: InterviewDays[] }) {
  const overall = new AnswerTally();
  const byClient = new Map<string, { job: JobFacts; tally: AnswerTally }>();
  const byContact = new Map<string | null, { job: JobFacts; tally: AnswerTally }>();
  const groupsOf = new Map<string, AnswerTally[]>();
  const groups = (jobId: string): AnswerTally[] => {
    let found = groupsOf.get(jobId);
    if (found) return found;
    const job = jobs.get(jobId)!;
    const of = <K>(map: Map<K, { job: JobFacts; tally: AnswerTally }>, key: K) => {
      let group = map.get(key);
      if (!group) map.set(key, (group = { job, tally: new AnswerTally() }));
      return group.tally;
    };
    groupsOf.set(jobId, (found = [overall, of(byClient, job.clientId), of(byContact, job.hiringManagerId)]));
    return found;
  };
  for (const row of days.submissions) for (const tally of groups(row[0])) tally.add(row);
  for (const [jobId, interviewDays] of days.interviews) for (const tally of groups(jobId)) tally.afterInterview.push(interviewDays);
  return { overall, byClient, byContact };
}
