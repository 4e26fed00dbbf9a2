import { z } from 'zod';
import type { ParsedInput } from '../api/contract';
import {
  askedSections,
  intakeSections,
  intakeSectionSchemas,
  isSectionFilled,
  IntakeSections,
  type Completeness,
  type IntakeRevision,
} from '../api/intake';
import { assertContactsAtClient, contactName } from '../clients/contacts';
import { today } from '../db/clock';
import type { Core } from '../db/core';
import { insertRecord, type Entity } from '../db/records';
import { statement } from '../db/statements';
import { getJob } from './jobs';

export const intakeEntity: Entity = { table: 'intakes', fields: ['job_id', 'held_on', 'attendee_ids', 'sections', 'reason'] };

interface IntakeRow {
  id: string;
  job_id: string;
  held_on: string;
  attendee_ids: string;
  sections: string;
  reason: string | null;
  created_at: string;
}

/** Every revision of a job's intake, oldest first, each with what it changed. */
export function intakeRevisions(core: Core, jobId: string): IntakeRevision[] {
  const rows = statement(
    core.db,
    'SELECT * FROM intakes WHERE job_id = ? AND deleted_at IS NULL ORDER BY created_hlc',
  ).all(jobId) as IntakeRow[];
  const revisions: IntakeRevision[] = [];
  for (const [i, row] of rows.entries()) {
    const attendeeIds = JSON.parse(row.attendee_ids) as string[];
    const sections = storedSections.parse(JSON.parse(row.sections));
    const revision: IntakeRevision = {
      id: row.id,
      jobId: row.job_id,
      revision: i + 1,
      heldOn: row.held_on,
      attendees: attendeeIds.map((id) => ({ id, ...contactName(core, id) })),
      reason: row.reason,
      ...sections,
      changed: [],
      createdAt: row.created_at,
    };
    const previous = revisions.at(-1);
    if (previous) revision.changed = differences(previous, { heldOn: row.held_on, attendeeIds, sections });
    revisions.push(revision);
  }
  return revisions;
}

export function currentIntake(core: Core, jobId: string): IntakeRevision | null {
  return intakeRevisions(core, jobId).at(-1) ?? null;
}

/** Sections stored by an older Shortlist may lack newer ones (defaults fill them) or keep dropped ones (ignored). */
const storedSections = z.object(intakeSectionSchemas);

interface IntakeContent {
  heldOn: string;
  attendeeIds: string[];
  sections: IntakeSections;
}

function differences(before: IntakeRevision, after: IntakeContent): IntakeRevision['changed'] {
  const changed: IntakeRevision['changed'] = intakeSections.filter(
    (section) => JSON.stringify(before[section]) !== JSON.stringify(after.sections[section]),
  );
  if (before.heldOn !== after.heldOn) changed.unshift('heldOn');
  if (JSON.stringify(before.attendees.map((a) => a.id)) !== JSON.stringify(after.attendeeIds)) changed.unshift('attendees');
  return changed;
}

/**
 * Records an intake meeting, or a revision of it when requirements change. The earlier revisions
 * stay as they were. Saving what is already there adds nothing.
 */
export function saveIntake(core: Core, input: ParsedInput<'intake.save'>): IntakeRevision {
  const { jobId, heldOn, attendeeIds, reason, ...sectionInput } = input;
  const job = getJob(core, jobId);
  const current = currentIntake(core, jobId);
  // Whoever was at the last meeting stays allowed, even after leaving the client.
  const kept = new Set([
    ...(current?.attendees.map((a) => a.id) ?? []),
    ...(current?.interviewStages.flatMap((stage) => stage.interviewerIds) ?? []),
  ]);
  assertContactsAtClient(
    core,
    job.clientId,
    [
      ...attendeeIds.map((id, i) => ({ id, field: `attendeeIds.${i}` })),
      ...sectionInput.interviewStages.flatMap((stage, s) =>
        stage.interviewerIds.map((id, i) => ({ id, field: `interviewStages.${s}.interviewerIds.${i}` })),
      ),
    ],
    kept,
  );

  const sections = IntakeSections.parse(sectionInput);
  const held = heldOn ?? current?.heldOn ?? today(core.clock);
  const content = { heldOn: held, attendeeIds: [...new Set(attendeeIds)], sections };
  if (current && differences(current, content).length === 0) return current;
  insertRecord(core, intakeEntity, {
    job_id: jobId,
    held_on: content.heldOn,
    attendee_ids: JSON.stringify(content.attendeeIds),
    sections: JSON.stringify(content.sections),
    reason,
  });
  return currentIntake(core, jobId)!;
}

/** What a recruiter still has to agree with the client, named. */
const missingLabels: Record<(typeof intakeSections)[number], string> = {
  mustHave: 'No must-have skills',
  niceToHave: 'No nice-to-have skills',
  hiringManagerWants: 'Nothing on what the hiring manager looks for',
  hrWants: 'Nothing on what HR looks for',
  idealCandidateWords: 'No agreed words for the ideal candidate',
  submissionTarget: 'No submission target',
  meetingCadence: 'No meeting cadence',
  interviewStages: 'No interview process',
  compensation: 'No compensation and benefits',
  sellingPoints: 'No selling points',
  dealBreakers: 'No deal-breakers',
  urgency: 'No urgency',
  targetDaysToHire: 'No target time to hire',
};

export function completeness(intake: IntakeRevision | null): Completeness {
  const total = askedSections.length;
  if (!intake) return { done: 0, total, missing: [{ section: 'intake', label: 'No intake meeting recorded yet' }] };
  const missing = askedSections
    .filter((section) => !isSectionFilled(intake[section]))
    .map((section) => ({ section, label: missingLabels[section] }));
  return { done: total - missing.length, total, missing };
}
