import type { Responsiveness, ResponsivenessReport } from '../api/reports';
import type { Facts, SubmissionFacts } from './facts';
import type { Figures } from './figures';
import { current, groupBy, submittedAt } from './history';
import { presented } from './funnel';
import { byText, daysBetween, share } from './stats';

/** The first feedback received on or after `day`, if any. */
export const answerOn = (s: SubmissionFacts, day: string) => s.feedbackOn.find((on) => on >= day);

/**
 * How fast each client answers, over the submissions presented in the period: days from the
 * submission to the first feedback, from each interview held to the feedback after it, from the
 * offer to the candidate's answer (the next move); the share never answered; and those lost to a
 * competitor with no feedback since the move before. Per client, and per the job's hiring manager.
 */
export function responsivenessReport(facts: Facts, figures: Figures): ResponsivenessReport {
  const cohort = presented(facts);
  const grouped = <K>(keyOf: (s: SubmissionFacts) => K) => groupBy(cohort, keyOf);
  return {
    overall: measure(facts, cohort, 'responsiveness', figures),
    byClient: grouped((s) => s.clientId)
      .map(([clientId, subs]) => ({ clientId, name: subs[0]!.clientName, ...measure(facts, subs, `responsiveness.client.${clientId}`, figures) }))
      .sort((a, b) => byText(a.name, b.name)),
    byContact: grouped((s) => s.hiringManagerId)
      .map(([contactId, subs]) => ({
        contactId,
        name: subs[0]!.hiringManagerName ?? 'No hiring manager named',
        clientName: subs[0]!.clientName,
        ...measure(facts, subs, `responsiveness.contact.${contactId ?? 'none'}`, figures),
      }))
      .sort((a, b) => byText(a.clientName, b.clientName) || byText(a.name, b.name)),
  };
}

function measure(facts: Facts, subs: readonly SubmissionFacts[], prefix: string, figures: Figures): Responsiveness {
  const toFirst: { id: string; days: number }[] = [];
  const afterInterview: { id: string; days: number }[] = [];
  const offerAnswers: { id: string; days: number }[] = [];
  const never: string[] = [];
  const lost: string[] = [];
  for (const s of subs) {
    const submittedOn = facts.day(submittedAt(s)!);
    const first = answerOn(s, submittedOn);
    if (first) toFirst.push({ id: s.id, days: daysBetween(submittedOn, first) });
    else never.push(s.id);
    for (const at of s.interviewsAt) {
      const held = facts.day(at);
      const answer = held <= facts.today ? answerOn(s, held) : undefined;
      if (answer) afterInterview.push({ id: s.id, days: daysBetween(held, answer) });
    }
    const { offerAt, offerAnsweredAt, beforeAt } = s.progress;
    if (offerAt && offerAnsweredAt) offerAnswers.push({ id: s.id, days: daysBetween(facts.day(offerAt), facts.day(offerAnsweredAt)) });
    if (current(s).stage === 'lost' && beforeAt && !answerOn(s, facts.day(beforeAt))) lost.push(s.id);
  }
  return {
    submissions: figures.count(`${prefix}.submissions`, subs.map((s) => s.id)),
    toFirstFeedback: figures.spread(`${prefix}.toFirstFeedback`, toFirst),
    interviewToFeedback: figures.spread(`${prefix}.interviewToFeedback`, afterInterview),
    offerToAnswer: figures.spread(`${prefix}.offerToAnswer`, offerAnswers),
    neverAnswered: figures.count(`${prefix}.neverAnswered`, never),
    neverAnsweredShare: share(never.length, subs.length),
    lostWhileWaiting: figures.count(`${prefix}.lostWhileWaiting`, lost),
  };
}
