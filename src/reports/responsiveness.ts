import type { Responsiveness, ResponsivenessReport } from '../api/reports';
import type { Answered, PeriodCounts } from './counts';
import { tallyAnswers } from './answerTally';
import type { Facts, JobFacts, SubmissionFacts } from './facts';
import type { Figures } from './figures';
import { current, groupBy, submittedAt } from './history';
import { presented } from './funnel';
import { byText, daysBetween, share } from './stats';

/** The first feedback received on or after `day`, if any. */
export const answerOn = (s: Pick<SubmissionFacts, 'feedbackOn'>, day: string) => s.feedbackOn.find((on) => on >= day);

/**
 * How fast each client answers, over the submissions presented in the period: days from the
 * submission to the first feedback, from each interview held to the feedback after it, from the
 * offer to the candidate's answer (the next move); the share never answered; and those lost to a
 * competitor with no feedback since the move before. Per client, and per the job's hiring manager.
 */
export function responsivenessReport(facts: Facts, figures: Figures): ResponsivenessReport {
  // Measured by SQL unless the records are asked for; else each submission measured once, then
  // counted overall, for its client and for its hiring manager. Clients (and hiring managers) of
  // one name are listed by id, as the funnel lists them: SQL and the records find them in different orders.
  if (!figures.keeps && facts.counts) return bySql(facts, facts.counts, figures);
  const cohort = presented(facts).map((s) => measureOne(facts, answeredOf(s)));
  const grouped = <K>(keyOf: (m: Measured) => K) => groupBy(cohort, keyOf);
  return listed(
    measure(cohort, 'responsiveness', figures),
    grouped((m) => m.job.clientId).map(([clientId, subs]) => ({ clientId, name: subs[0]!.job.clientName, ...measure(subs, `responsiveness.client.${clientId}`, figures) })),
    grouped((m) => m.job.hiringManagerId).map(([contactId, subs]) => contactRow(contactId, subs[0]!.job, measure(subs, `responsiveness.contact.${contactId ?? 'none'}`, figures))),
  );
}

/** The report from the days SQL measured: no submission comes to JavaScript. */
function bySql(facts: Facts, counts: PeriodCounts, figures: Figures): ResponsivenessReport {
  const { overall, byClient, byContact } = tallyAnswers(facts.jobs, counts.answerDays(facts.zone, facts.today));
  return listed(
    overall.figures('responsiveness', figures),
    [...byClient].map(([clientId, { job, tally }]) => ({ clientId, name: job.clientName, ...tally.figures(`responsiveness.client.${clientId}`, figures) })),
    [...byContact].map(([contactId, { job, tally }]) => contactRow(contactId, job, tally.figures(`responsiveness.contact.${contactId ?? 'none'}`, figures))),
  );
}

const contactRow = (contactId: string | null, job: JobFacts, figures: Responsiveness) => ({
  contactId,
  name: job.hiringManagerName ?? 'No hiring manager named',
  clientName: job.clientName,
  ...figures,
});

type Report = ResponsivenessReport;
const listed = (overall: Report['overall'], byClient: Report['byClient'], byContact: Report['byContact']): Report => ({
  overall,
  byClient: byClient.sort((a, b) => byText(a.name, b.name) || byText(a.clientId, b.clientId)),
  byContact: byContact.sort((a, b) => byText(a.clientName, b.clientName) || byText(a.name, b.name) || byText(a.contactId ?? '', b.contactId ?? '')),
});

/** What one submission tells of the client's answers: days to each, or that none came. */
interface Measured {
  s: Answered;
  job: JobFacts;
  toFirst: number | null;
  afterInterviews: number[];
  offerToAnswer: number | null;
  lost: boolean;
}

/** What responsiveness reads of a submission read with its whole facts. */
const answeredOf = (s: SubmissionFacts): Answered => ({
  id: s.id,
  jobId: s.jobId,
  submittedAt: submittedAt(s)!,
  stage: current(s).stage,
  beforeAt: s.progress.beforeAt,
  offerAt: s.progress.offerAt,
  offerAnsweredAt: s.progress.offerAnsweredAt,
  feedbackOn: s.feedbackOn,
  interviewsAt: s.interviewsAt,
});

function measureOne(facts: Facts, s: Answered): Measured {
  const submittedOn = facts.day(s.submittedAt);
  const first = answerOn(s, submittedOn);
  const afterInterviews: number[] = [];
  for (const at of s.interviewsAt) {
    const held = facts.day(at);
    const answer = held <= facts.today ? answerOn(s, held) : undefined;
    if (answer) afterInterviews.push(daysBetween(held, answer));
  }
  const { offerAt, offerAnsweredAt, beforeAt } = s;
  return {
    s,
    job: facts.jobs.get(s.jobId)!,
    toFirst: first ? daysBetween(submittedOn, first) : null,
    afterInterviews,
    offerToAnswer: offerAt && offerAnsweredAt ? daysBetween(facts.day(offerAt), facts.day(offerAnsweredAt)) : null,
    lost: s.stage === 'lost' && beforeAt !== null && !answerOn(s, facts.day(beforeAt)),
  };
}

function measure(subs: readonly Measured[], prefix: string, figures: Figures): Responsiveness {
  const toFirst: { id: string; days: number }[] = [];
  const afterInterview: { id: string; days: number }[] = [];
  const offerAnswers: { id: string; days: number }[] = [];
  const never: string[] = [];
  const lost: string[] = [];
  for (const m of subs) {
    const id = m.s.id;
    if (m.toFirst !== null) toFirst.push({ id, days: m.toFirst });
    else never.push(id);
    for (const days of m.afterInterviews) afterInterview.push({ id, days });
    if (m.offerToAnswer !== null) offerAnswers.push({ id, days: m.offerToAnswer });
    if (m.lost) lost.push(id);
  }
  return {
    submissions: figures.count(`${prefix}.submissions`, subs.map((m) => m.s.id)),
    toFirstFeedback: figures.spread(`${prefix}.toFirstFeedback`, toFirst),
    interviewToFeedback: figures.spread(`${prefix}.interviewToFeedback`, afterInterview),
    offerToAnswer: figures.spread(`${prefix}.offerToAnswer`, offerAnswers),
    neverAnswered: figures.count(`${prefix}.neverAnswered`, never),
    neverAnsweredShare: share(never.length, subs.length),
    lostWhileWaiting: figures.count(`${prefix}.lostWhileWaiting`, lost),
  };
}
