import type { BulkSummary } from '../api/bulk';
import type { ParsedInput } from '../api/contract';
import { ApiError } from '../api/errors';
import { stageLabels, type StageName } from '../api/submissions';
import { candidateEntity, deleteCandidate } from '../candidates/candidates';
import type { Core } from '../db/core';
import { insertRecord, updateRecord } from '../db/records';
import { statement } from '../db/statements';
import { deleteClient } from '../clients/clients';
import { deleteContact } from '../clients/contacts';
import { deleteJob, getJob, jobEntity } from '../jobs/jobs';
import { noteKindLabels } from '../api/notes';
import { noteContact } from '../notes/contacted';
import { noteEntity } from '../notes/notes';
import { insertReminder } from '../reminders/reminders';
import { addEntry, bottomOf, liveShortlist, takeOffEntry } from '../shortlists/shortlists';
import { recordStage, submissionEntity } from '../submissions/submissions';
import { addTag, removeTag } from '../tags/tags';
import { BulkRecord, counted, eachWithProgress } from './record';
import { resolveSelection, type ParsedSelection } from './selection';

const kindWords = { candidate: 'candidate', contact: 'contact', client: 'client', job: 'job' } as const;
const quoted = (tags: readonly string[]) => tags.map((t) => `“${t}”`).join(', ');

function start(core: Core, selection: ParsedSelection) {
  const resolved = resolveSelection(core, selection);
  const record = new BulkRecord(core);
  record.skip(resolved.missing);
  return { ...resolved, record, noun: (n: number) => counted(n, kindWords[resolved.kind]) };
}

export function bulkTag(core: Core, { selection, tags }: ParsedInput<'bulk.tag'>): BulkSummary {
  const { kind, ids, record, noun } = start(core, selection);
  let already = 0;
  eachWithProgress(core, ids, `Tagging ${noun(ids.length)}`, (id) => {
    let changed = false;
    for (const tag of tags) {
      const tagRow = addTag(core, kind, id, tag);
      if (tagRow) record.created('tags', tagRow);
      changed ||= tagRow !== null;
    }
    if (changed) record.done++;
    else already++;
  });
  const rest = already > 0 ? ` ${noun(already)} already had ${tags.length === 1 ? 'it' : 'them'}.` : '';
  return record.finish(`Tagged ${noun(record.done)} ${quoted(tags)}.${rest}`);
}

export function bulkUntag(core: Core, { selection, tags }: ParsedInput<'bulk.untag'>): BulkSummary {
  const { kind, ids, record, noun } = start(core, selection);
  eachWithProgress(core, ids, `Untagging ${noun(ids.length)}`, (id) => {
    let changed = false;
    for (const tag of tags) {
      const tagRow = removeTag(core, kind, id, tag);
      if (tagRow) record.trashed('tags', tagRow);
      changed ||= tagRow !== null;
    }
    if (changed) record.done++;
  });
  return record.finish(`Took ${quoted(tags)} off ${noun(record.done)}.`);
}

export function bulkAddToShortlist(core: Core, { selection, shortlistId }: ParsedInput<'bulk.addToShortlist'>): BulkSummary {
  const shortlist = liveShortlist(core, shortlistId);
  if (selection.kind !== shortlist.kind) {
    throw new ApiError('invalid_input', `${shortlist.name} is a list of ${shortlist.kind}s: add ${shortlist.kind}s to it.`, 'shortlistId');
  }
  const { ids, record, noun } = start(core, selection);
  const bottom = bottomOf(core, shortlistId);
  let already = 0;
  eachWithProgress(core, ids, `Adding ${noun(ids.length)} to ${shortlist.name}`, (id) => {
    const entry = addEntry(core, shortlist, id, bottom);
    if (entry) {
      record.created('shortlist_entries', entry);
      record.done++;
    } else already++;
  });
  const rest = already > 0 ? ` ${noun(already)} ${already === 1 ? 'was' : 'were'} on it already.` : '';
  return record.finish(`Added ${noun(record.done)} to ${shortlist.name}.${rest}`);
}

/** Takes the selected people off a shortlist (Undo puts them back where they were); those not on it are named. */
export function bulkRemoveFromShortlist(core: Core, { selection, shortlistId }: ParsedInput<'bulk.removeFromShortlist'>): BulkSummary {
  const shortlist = liveShortlist(core, shortlistId);
  const { kind, ids, record, noun } = start(core, selection);
  const nameOf = statement(core.db, `SELECT name AS bulk_name FROM ${kind === 'contact' ? 'contacts' : 'candidates'} WHERE id = ?`).pluck();
  eachWithProgress(core, ids, `Taking ${noun(ids.length)} off ${shortlist.name}`, (id) => {
    const entry = kind === shortlist.kind ? takeOffEntry(core, shortlistId, id) : null;
    if (entry) {
      record.trashed('shortlist_entries', entry);
      record.done++;
    } else record.skip({ id, name: (nameOf.get(id) as string | undefined) ?? id, reason: `Not on ${shortlist.name}.` });
  });
  return record.finish(`Took ${noun(record.done)} off ${shortlist.name}.`);
}

/** Each candidate becomes a submission (shortlisted) to the job; those already on it are skipped and named. */
export function submitToJob(core: Core, candidateIds: readonly string[], jobId: string, record: BulkRecord): BulkSummary {
  let job;
  try {
    job = getJob(core, jobId);
  } catch {
    throw new ApiError('invalid_input', 'Choose a job that exists and is not in the trash.', 'jobId');
  }
  if (job.status === 'filled' || job.status === 'cancelled') {
    throw new ApiError('invalid_input', `${job.title} is ${job.status}: it takes no more candidates.`, 'jobId');
  }
  const onJob = new Map(
    (
      statement(
        core.db,
        `SELECT s.candidate_id, c.name, (SELECT stage FROM stage_changes WHERE submission_id = s.id AND deleted_at IS NULL
           ORDER BY created_hlc DESC LIMIT 1) AS stage
         FROM submissions s JOIN candidates c ON c.id = s.candidate_id WHERE s.job_id = ? AND s.deleted_at IS NULL`,
      ).all(jobId) as { candidate_id: string; name: string; stage: StageName }[]
    ).map((row) => [row.candidate_id, row]),
  );
  eachWithProgress(core, candidateIds, `Submitting ${counted(candidateIds.length, 'candidate')} to ${job.title}`, (id) => {
    const already = onJob.get(id);
    if (already) {
      record.skip({ id, name: already.name, reason: `Already on ${job.title} (${stageLabels[already.stage]}).` });
      return;
    }
    const submission = insertRecord(core, submissionEntity, { candidate_id: id, job_id: jobId });
    recordStage(core, submission, 'shortlisted', null, null);
    record.created('submissions', submission);
    record.done++;
  });
  const skipped = record.skipped.length > 0 ? ` Skipped ${counted(record.skipped.length, 'candidate')}: see why below.` : '';
  return record.finish(`Submitted ${counted(record.done, 'candidate')} to ${job.title}.${skipped}`);
}

export function bulkSubmit(core: Core, { selection, jobId }: ParsedInput<'bulk.submit'>): BulkSummary {
  const { ids, record } = start(core, selection);
  return submitToJob(core, ids, jobId, record);
}

/** A note on each; a call, email, meeting or message is contact with them, so it moves their last-contacted day (undone with it). */
export function bulkNote(core: Core, { selection, body, kind: noteKind }: ParsedInput<'bulk.note'>): BulkSummary {
  if (noteKind === 'prep') {
    throw new ApiError('invalid_input', 'Prep notes belong to a submission: they ready the candidate for an interview.', 'kind');
  }
  const { kind, ids, record, noun } = start(core, selection);
  const people = { candidate: 'candidates', contact: 'contacts' } as const;
  const table = kind === 'candidate' || kind === 'contact' ? people[kind] : null;
  // Its own SQL text (a named column): statements are shared by text, and pluck() would change noteContact's.
  const lastContacted = table && statement(core.db, `SELECT last_contacted_on AS day FROM ${table} WHERE id = ?`);
  const dayOf = (id: string) => (lastContacted!.get(id) as { day: string | null }).day;
  eachWithProgress(core, ids, `Adding a note to ${noun(ids.length)}`, (id) => {
    const noteId = insertRecord(core, noteEntity, { subject_type: kind, subject_id: id, body, kind: noteKind });
    record.created('notes', noteId);
    const before = table && dayOf(id);
    noteContact(core, { kind, id }, noteKind, core.clock.now().toISOString());
    if (table && dayOf(id) !== before) record.overwrote(table, id, { last_contacted_on: before });
    record.done++;
  });
  const what = noteKind === 'note' ? `Added a note to ${noun(record.done)}` : `Logged ${noteKindLabels[noteKind].toLowerCase() === 'email' ? 'an' : 'a'} ${noteKindLabels[noteKind].toLowerCase()} with ${noun(record.done)}`;
  return record.finish(`${what}.`);
}

export function bulkFollowUp(core: Core, { selection, title, dueOn }: ParsedInput<'bulk.followUp'>): BulkSummary {
  const { kind, ids, record, noun } = start(core, selection);
  eachWithProgress(core, ids, `Creating follow-ups for ${noun(ids.length)}`, (id) => {
    const values = { title, kind: 'other' as const, about: { kind, id }, notes: null, dueOn, dueTime: null, timeZone: core.timeZone, repeat: null };
    record.created('reminders', insertReminder(core, values));
    record.done++;
  });
  return record.finish(`Created a follow-up “${title}” for ${noun(record.done)}, due ${dueOn}.`);
}

/** Candidates and jobs have an owner (the input refuses the other kinds). */
const owned = { candidate: candidateEntity, job: jobEntity } as const;

export function bulkOwner(core: Core, { selection, owner }: ParsedInput<'bulk.setOwner'>): BulkSummary {
  const { kind, ids, record, noun } = start(core, selection);
  const entity = owned[kind as keyof typeof owned];
  const ownerOf = statement(core.db, `SELECT owner AS owner_before FROM ${entity.table} WHERE id = ?`).pluck();
  eachWithProgress(core, ids, `Changing the owner of ${noun(ids.length)}`, (id) => {
    const before = ownerOf.get(id) as string | null;
    if (updateRecord(core, entity, id, { owner })) {
      record.overwrote(entity.table, id, { owner: before });
      record.done++;
    }
  });
  return record.finish(owner === null ? `Cleared the owner of ${noun(record.done)}.` : `Gave ${noun(record.done)} to ${owner}.`);
}

/** Each kind's own way to the trash (a client takes its contacts and jobs out of sight with it, as one by one). */
const trashers = {
  candidate: [deleteCandidate, 'candidates'],
  contact: [deleteContact, 'contacts'],
  client: [deleteClient, 'clients'],
  job: [deleteJob, 'jobs'],
} as const;

export function bulkTrash(core: Core, { selection }: ParsedInput<'bulk.trash'>): BulkSummary {
  const { kind, ids, record, noun } = start(core, selection);
  const [trash, table] = trashers[kind];
  eachWithProgress(core, ids, `Moving ${noun(ids.length)} to the trash`, (id) => {
    trash(core, id);
    record.trashed(table, id);
    record.done++;
  });
  return record.finish(`Moved ${noun(record.done)} to the trash.`);
}
