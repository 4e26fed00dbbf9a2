import { intakeSectionTitles, weekdayLabels, type IntakeRevision, type JobBrief } from '../api/intake';
import { employmentTypeLabels, jobPriorityLabels, remotePolicyLabels, type Job, type SalaryRange } from '../api/jobs';

// The day as the app shows it everywhere: in the language and order of the recruiter's system.
const dayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "2026-12-05" → "5 Dec 2026": days carry no time zone, so format them as UTC. */
export function formatDay(day: string): string {
  return dayFormat.format(new Date(`${day}T00:00:00Z`));
}

function money(amount: number, currency: string): string {
  return new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}

function salaryText(salary: SalaryRange): string {
  if (salary.min !== null && salary.max !== null) return `${money(salary.min, salary.currency)} – ${money(salary.max, salary.currency)}`;
  if (salary.min !== null) return `from ${money(salary.min, salary.currency)}`;
  return `up to ${money(salary.max!, salary.currency)}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The one-page brief a recruiter sends back to the client to confirm what was agreed at intake.
 * Empty sections are left out; fee terms never appear (they belong to the contract, not the brief).
 */
export function jobBrief(job: Job, intake: IntakeRevision | null, contactName: (id: string) => string): JobBrief {
  const role = [
    plural(job.openings, 'opening', 'openings'),
    employmentTypeLabels[job.employmentType],
    [job.location, job.remotePolicy && remotePolicyLabels[job.remotePolicy]].filter(Boolean).join(', '),
    job.salary && `Salary ${salaryText(job.salary)}`,
    job.targetFillOn && `Target fill date: ${formatDay(job.targetFillOn)}`,
  ].filter((line): line is string => Boolean(line));

  const sections: JobBrief['sections'] = [{ heading: 'The role', lines: role }];
  const add = (heading: string, lines: (string | null | false)[]) => {
    const kept = lines.filter((line): line is string => Boolean(line));
    if (kept.length > 0) sections.push({ heading, lines: kept });
  };

  if (intake) {
    add(intakeSectionTitles.mustHave, intake.mustHave);
    add(intakeSectionTitles.niceToHave, intake.niceToHave);
    add(intakeSectionTitles.hiringManagerWants, [intake.hiringManagerWants]);
    add(intakeSectionTitles.hrWants, [intake.hrWants]);
    add('How we describe the ideal candidate', intake.idealCandidateWords.length ? [intake.idealCandidateWords.join(', ')] : []);
    add(
      intakeSectionTitles.interviewStages,
      intake.interviewStages.map((stage, i) => {
        const who = [...stage.interviewerIds.map(contactName), stage.interviewersNote].filter(Boolean).join(', ');
        return `${i + 1}. ${stage.name}${who ? ` — with ${who}` : ''}`;
      }),
    );
    add(intakeSectionTitles.compensation, [intake.compensation]);
    add(intakeSectionTitles.sellingPoints, [intake.sellingPoints]);
    add(intakeSectionTitles.dealBreakers, [intake.dealBreakers]);
    add('How we will work together', [
      intake.submissionTarget &&
        `We submit ${plural(intake.submissionTarget.count, 'candidate', 'candidates')}${
          intake.submissionTarget.byDate ? ` by ${formatDay(intake.submissionTarget.byDate)}` : ''
        }.`,
      intake.meetingCadence &&
        `We meet ${intake.meetingCadence.timesPerWeek === 1 ? 'once' : `${intake.meetingCadence.timesPerWeek} times`} a week${
          intake.meetingCadence.days.length ? ` (${intake.meetingCadence.days.map((d) => weekdayLabels[d]).join(', ')})` : ''
        }.`,
      // The job's priority says how urgent the hire is; "normal" goes without saying.
      job.priority !== 'normal' && `Priority: ${jobPriorityLabels[job.priority]}.`,
      intake.targetDaysToHire !== null && `Target time to hire: ${plural(intake.targetDaysToHire, 'day', 'days')}.`,
    ]);
  }

  const title = `${job.title} — ${job.clientName}`;
  const subtitle = intake
    ? `Job brief · intake of ${formatDay(intake.heldOn)}${intake.revision > 1 ? ` (revision ${intake.revision})` : ''}`
    : 'Job brief · no intake recorded yet';
  const text = [title, subtitle, ...sections.map((s) => `\n${s.heading.toUpperCase()}\n${s.lines.map((l) => `• ${l}`).join('\n')}`)].join('\n');
  return { title, subtitle, sections, text };
}
