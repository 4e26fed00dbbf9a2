import type { ParsedInput } from '../api/contract';
import { ApiError } from '../api/errors';
import type { Shortlist, ShortlistEntry, ShortlistKind, ShortlistSummary } from '../api/shortlists';
import type { Core } from '../db/core';
import { insertRecord, setDeleted, updateRecord, type Entity } from '../db/records';
import { statement } from '../db/statements';
import { derivedId } from '../reminders/reminders';
import { deviceName } from '../sharing/devices';

export const shortlistEntity: Entity = { table: 'shortlists', fields: ['name', 'subject_type'] };

export const shortlistEntryEntity: Entity = {
  table: 'shortlist_entries',
  fields: ['shortlist_id', 'subject_type', 'subject_id', 'position', 'note', 'added_at', 'added_by'],
  groups: [['added_at', 'added_by']],
};

/** One entry per person per shortlist, on every laptop: see migration 014. */
export const entryId = (shortlistId: string, subjectId: string) => derivedId(`shortlist-entry:${shortlistId}:${subjectId}`);

interface ShortlistRow {
  id: string;
  name: string;
  subject_type: ShortlistKind;
  count: number;
  updated_at: string;
}

const summary = (row: ShortlistRow): ShortlistSummary => ({
  id: row.id,
  name: row.name,
  kind: row.subject_type,
  count: row.count,
  updatedAt: row.updated_at,
});

/** People on a list count while they are on it and not in the trash themselves. */
const livePeople = `(SELECT count(*) FROM shortlist_entries e
  LEFT JOIN candidates c ON e.subject_type = 'candidate' AND c.id = e.subject_id
  LEFT JOIN contacts k ON e.subject_type = 'contact' AND k.id = e.subject_id
  WHERE e.shortlist_id = s.id AND e.deleted_at IS NULL AND coalesce(c.deleted_at, k.deleted_at) IS NULL
    AND coalesce(c.id, k.id) IS NOT NULL)`;

const selectShortlists = `SELECT s.id, s.name, s.subject_type, s.updated_at, ${livePeople} AS count FROM shortlists s`;

export function createShortlist(core: Core, { name, kind }: ParsedInput<'shortlists.create'>): ShortlistSummary {
  const id = insertRecord(core, shortlistEntity, { name, subject_type: kind });
  return shortlistSummary(core, id);
}

export function renameShortlist(core: Core, { id, name }: ParsedInput<'shortlists.rename'>): ShortlistSummary {
  liveShortlist(core, id);
  updateRecord(core, shortlistEntity, id, { name });
  return shortlistSummary(core, id);
}

export function deleteShortlist(core: Core, id: string): void {
  liveShortlist(core, id);
  setDeleted(core, shortlistEntity, id, true);
}

export function listShortlists(core: Core, { kind }: ParsedInput<'shortlists.list'>): ShortlistSummary[] {
  const rows = statement(
    core.db,
    `${selectShortlists} WHERE s.deleted_at IS NULL AND (@kind IS NULL OR s.subject_type = @kind) ORDER BY s.name COLLATE NOCASE, s.id`,
  ).all({ kind }) as ShortlistRow[];
  return rows.map(summary);
}

function shortlistSummary(core: Core, id: string): ShortlistSummary {
  return summary(statement(core.db, `${selectShortlists} WHERE s.id = ?`).get(id) as ShortlistRow);
}

/** The shortlist, refused if it does not exist or is in the trash. */
export function liveShortlist(core: Core, id: string): { id: string; name: string; kind: ShortlistKind } {
  const row = statement(core.db, 'SELECT id, name, subject_type FROM shortlists WHERE id = ? AND deleted_at IS NULL').get(id) as
    | { id: string; name: string; subject_type: ShortlistKind }
    | undefined;
  if (!row) throw new ApiError('not_found', 'This shortlist does not exist or is in the trash.', 'shortlistId');
  return { id: row.id, name: row.name, kind: row.subject_type };
}

interface EntryRow {
  id: string;
  subject_id: string;
  name: string;
  context: string | null;
  note: string | null;
  added_at: string;
  added_by: string;
}

export const entriesSql = `SELECT e.id, e.subject_id, coalesce(c.name, k.name) AS name,
    CASE WHEN c.id IS NOT NULL THEN nullif(concat_ws(' at ', c.current_title, c.current_employer), '')
      ELSE concat_ws(' at ', k.job_title, (SELECT name FROM clients WHERE id = k.client_id)) END AS context,
    e.note, e.added_at, e.added_by
  FROM shortlist_entries e
  LEFT JOIN candidates c ON e.subject_type = 'candidate' AND c.id = e.subject_id AND c.deleted_at IS NULL
  LEFT JOIN contacts k ON e.subject_type = 'contact' AND k.id = e.subject_id AND k.deleted_at IS NULL
  WHERE e.shortlist_id = ? AND e.deleted_at IS NULL AND coalesce(c.id, k.id) IS NOT NULL
  ORDER BY e.position, e.id`;

/** The shortlist with its people in the recruiter's order (those in the trash left out until restored). */
export function getShortlist(core: Core, id: string): Shortlist {
  liveShortlist(core, id);
  const entries = (statement(core.db, entriesSql).all(id) as EntryRow[]).map(
    (row): ShortlistEntry => ({
      id: row.id,
      personId: row.subject_id,
      name: row.name,
      context: row.context,
      note: row.note,
      addedAt: row.added_at,
      addedBy: deviceName(core, row.added_by),
    }),
  );
  return { ...shortlistSummary(core, id), entries };
}

/** Adds a person at the bottom; returns the entry's id if that changed anything (they were not on it). */
export function addEntry(core: Core, shortlist: { id: string; kind: ShortlistKind }, subjectId: string, bottom: { position: number }): string | null {
  const id = entryId(shortlist.id, subjectId);
  const row = statement(core.db, 'SELECT deleted_at FROM shortlist_entries WHERE id = ?').get(id) as { deleted_at: string | null } | undefined;
  if (row && row.deleted_at === null) return null;
  bottom.position += 1;
  const added = { position: bottom.position, added_at: core.clock.now().toISOString(), added_by: core.deviceId };
  if (!row) {
    insertRecord(core, shortlistEntryEntity, { shortlist_id: shortlist.id, subject_type: shortlist.kind, subject_id: subjectId, note: null, ...added }, id);
  } else {
    updateRecord(core, shortlistEntryEntity, id, added);
    setDeleted(core, shortlistEntryEntity, id, false);
  }
  return id;
}

/** The position below every entry, for adding at the bottom. */
export function bottomOf(core: Core, shortlistId: string): { position: number } {
  const max = statement(core.db, 'SELECT max(position) FROM shortlist_entries WHERE shortlist_id = ? AND deleted_at IS NULL')
    .pluck()
    .get(shortlistId) as number | null;
  return { position: max ?? 0 };
}

function liveEntry(core: Core, id: string): { shortlist_id: string; position: number } {
  const row = statement(core.db, 'SELECT shortlist_id, position FROM shortlist_entries WHERE id = ? AND deleted_at IS NULL').get(id) as
    | { shortlist_id: string; position: number }
    | undefined;
  if (!row) throw new ApiError('not_found', 'This person is no longer on the shortlist.', 'entryId');
  return row;
}

/** Takes a person off; returns the entry's id if that changed anything (they were on it). */
export function takeOffEntry(core: Core, shortlistId: string, subjectId: string): string | null {
  const id = entryId(shortlistId, subjectId);
  const on = statement(core.db, 'SELECT 1 FROM shortlist_entries WHERE id = ? AND deleted_at IS NULL').get(id);
  if (!on) return null;
  setDeleted(core, shortlistEntryEntity, id, true);
  return id;
}

export function removeEntry(core: Core, id: string): void {
  liveEntry(core, id);
  setDeleted(core, shortlistEntryEntity, id, true);
}

/** Moves an entry between two neighbours: its position becomes theirs averaged, so only it changes. */
export function moveEntry(core: Core, { entryId: id, after, before }: ParsedInput<'shortlists.move'>): void {
  const entry = liveEntry(core, id);
  const neighbour = (other: string | null, field: string) => {
    if (other === null) return null;
    const row = liveEntry(core, other);
    if (row.shortlist_id !== entry.shortlist_id) throw new ApiError('invalid_input', 'Move the entry next to one on the same shortlist.', field);
    return row.position;
  };
  const above = neighbour(after, 'after');
  const below = neighbour(before, 'before');
  if (above === null && below === null) throw new ApiError('invalid_input', 'Say where to move the entry: after or before which one.', 'after');
  const position = above === null ? below! - 1 : below === null ? above + 1 : (above + below) / 2;
  updateRecord(core, shortlistEntryEntity, id, { position });
}

export function setEntryNote(core: Core, { entryId: id, note }: ParsedInput<'shortlists.note'>): void {
  liveEntry(core, id);
  updateRecord(core, shortlistEntryEntity, id, { note });
}

/** The shortlists a person is on, for their page. */
export function shortlistsOf(core: Core, { kind, id }: ParsedInput<'shortlists.of'>): ShortlistSummary[] {
  const rows = statement(
    core.db,
    `${selectShortlists} WHERE s.deleted_at IS NULL AND s.subject_type = ? AND s.id IN (
       SELECT shortlist_id FROM shortlist_entries WHERE subject_id = ? AND deleted_at IS NULL)
     ORDER BY s.name COLLATE NOCASE`,
  ).all(kind, id) as ShortlistRow[];
  return rows.map(summary);
}

/** The candidates on a shortlist, in its order, for submitting them all to a job. */
export function shortlistPeople(core: Core, id: string): string[] {
  return (statement(core.db, entriesSql).all(id) as EntryRow[]).map((row) => row.subject_id);
}
