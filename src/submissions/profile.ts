import type { Candidate } from '../api/candidates';
import type { SubmittalProfile } from '../api/submissions';
import type { IntakeRevision } from '../api/intake';
import type { Job } from '../api/jobs';

function money(amount: number, currency: string): string {
  return new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}

/**
 * The one-page candidate summary for the hiring manager, as a draft the recruiter edits before
 * sending. Contact details stay out unless asked for: the client should come through the agency.
 */
export function submittalProfile(
  candidate: Candidate,
  job: Job,
  intake: IntakeRevision | null,
  includeContactDetails: boolean,
): SubmittalProfile {
  const now = [candidate.currentTitle, candidate.currentEmployer && `at ${candidate.currentEmployer}`].filter(Boolean).join(' ');
  const headline = `${candidate.name} for ${job.title}${now ? ` — currently ${now}` : ''}`;
  const mustHave = new Set((intake?.mustHave ?? []).map((s) => s.toLowerCase()));
  const matched = candidate.skills.filter((s) => mustHave.has(s.toLowerCase()));
  const sections: SubmittalProfile['sections'] = [];
  const add = (heading: string, text: string | null | undefined | false) => {
    if (text) sections.push({ heading, text });
  };
  add(
    'Summary',
    [
      now && `Currently ${now}.`,
      candidate.location && `Based in ${candidate.location}.`,
      candidate.availability && `Availability: ${candidate.availability}.`,
      candidate.workAuthorisation && `Work authorisation: ${candidate.workAuthorisation}.`,
    ]
      .filter(Boolean)
      .join(' '),
  );
  add(
    'Skills',
    candidate.skills.length > 0 &&
      `${candidate.skills.join(', ')}${matched.length > 0 ? `\nMatches the must-haves: ${matched.join(', ')}.` : ''}`,
  );
  add('Why they are interested', candidate.screening.whyLooking);
  add('Career progression', candidate.screening.careerProgression);
  add('Certifications', candidate.screening.certifications);
  add('Location and commute', candidate.screening.commute);
  add(
    'Salary expectation',
    candidate.salaryExpectation
      ? money(candidate.salaryExpectation.amount, candidate.salaryExpectation.currency)
      : candidate.screening.salary,
  );
  if (includeContactDetails) {
    add('Contact', [...candidate.emails, ...candidate.phones, ...candidate.links].join('\n'));
  }
  const text = [headline, ...sections.map((s) => `\n${s.heading.toUpperCase()}\n${s.text}`)].join('\n');
  return { candidateName: candidate.name, headline, sections, text };
}
