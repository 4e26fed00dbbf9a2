import type { Contact } from '../../src/api/clients';
import { intakeSectionTitles, weekdayLabels, type IntakeRevision } from '../../src/api/intake';
import { formatDay } from '../ui/dates';

type Sections = Pick<IntakeRevision, 'submissionTarget' | 'meetingCadence' | 'interviewStages'>;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "5 candidates by 5 Dec 2026". */
export function formatSubmissionTarget(target: NonNullable<Sections['submissionTarget']>): string {
  const count = plural(target.count, 'candidate', 'candidates');
  return target.byDate ? `${count} by ${formatDay(target.byDate)}` : count;
}

/** "Twice a week · Tue, Thu". */
export function formatCadence(cadence: NonNullable<Sections['meetingCadence']>): string {
  const n = cadence.timesPerWeek;
  const often = n === 1 ? 'Once a week' : n === 2 ? 'Twice a week' : `${n} times a week`;
  return cadence.days.length ? `${often} · ${cadence.days.map((d) => weekdayLabels[d]).join(', ')}` : often;
}

/** Names a contact by id; one deleted since shows as a former contact rather than vanishing. */
export function contactNamer(contacts: Contact[] | undefined): (id: string) => string {
  const byId = new Map(contacts?.map((c) => [c.id, c.name]));
  return (id) => byId.get(id) ?? 'a former contact';
}

/** Who interviews at a stage: the contacts chosen, then the client's own words. */
export function interviewersOf(stage: Sections['interviewStages'][number], nameOf: (id: string) => string): string | null {
  const who = [...stage.interviewerIds.map(nameOf), stage.interviewersNote].filter(Boolean);
  return who.length ? who.join(', ') : null;
}

/** What a revision changed, as the recruiter reads it: "Must-have skills, Submission target". */
export function changedLabel(changed: IntakeRevision['changed']): string {
  return changed
    .map((c) => (c === 'heldOn' ? 'Date held' : c === 'attendees' ? 'Attendees' : intakeSectionTitles[c]))
    .join(', ');
}
