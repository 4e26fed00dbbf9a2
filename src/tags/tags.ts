import type { ParsedInput } from '../api/contract';
import { ApiError } from '../api/errors';
import type { Taggable, TagUse } from '../api/tags';
import type { Core } from '../db/core';
import { insertRecord, setDeleted, updateRecord, type Entity } from '../db/records';
import { statement } from '../db/statements';
import { assertSubject } from '../notes/subjects';
import { derivedId } from '../reminders/reminders';
import { taskProgress } from '../tasks/progress';
import { tagKey } from './tagKey';

export const tagEntity: Entity = {
  table: 'tags',
  fields: ['subject_type', 'subject_id', 'name', 'name_key'],
  groups: [['name', 'name_key']],
};

/** One row per tag per record, on every laptop: see migration 014. */
export const tagId = (kind: Taggable, subjectId: string, name: string) => derivedId(`tag:${kind}:${subjectId}:${tagKey(name)}`);

interface TagRow {
  id: string;
  name: string;
  deleted_at: string | null;
}

const tidy = (name: string) => name.normalize('NFKC').trim().replace(/\s+/g, ' ');

/** Puts a tag on a record; returns the tag row's id if that changed anything (it was not there, or was taken off). */
export function addTag(core: Core, kind: Taggable, subjectId: string, name: string): string | null {
  const id = tagId(kind, subjectId, name);
  const row = statement(core.db, 'SELECT id, name, deleted_at FROM tags WHERE id = ?').get(id) as TagRow | undefined;
  if (!row) {
    insertRecord(core, tagEntity, { subject_type: kind, subject_id: subjectId, name: tidy(name), name_key: tagKey(name) }, id);
    return id;
  }
  if (row.deleted_at === null) return null;
  setDeleted(core, tagEntity, id, false);
  return id;
}

/** Takes a tag off a record; returns the tag row's id if it was there. */
export function removeTag(core: Core, kind: Taggable, subjectId: string, name: string): string | null {
  const id = tagId(kind, subjectId, name);
  const row = statement(core.db, 'SELECT id, name, deleted_at FROM tags WHERE id = ?').get(id) as TagRow | undefined;
  if (!row || row.deleted_at !== null) return null;
  setDeleted(core, tagEntity, id, true);
  return id;
}

/** Whether any live record, of any kind, carries this tag (by the tags index: kind, then key). */
export function tagInUse(core: Core, name: string): boolean {
  return (
    statement(
      core.db,
      `SELECT 1 AS in_use FROM tags WHERE subject_type IN ('candidate', 'contact', 'client', 'job') AND name_key = ? AND deleted_at IS NULL LIMIT 1`,
    ).get(tagKey(name)) !== undefined
  );
}

export function tagsOf(core: Core, kind: Taggable, subjectId: string): string[] {
  return statement(
    core.db,
    `SELECT name FROM tags WHERE subject_id = ? AND subject_type = ? AND deleted_at IS NULL ORDER BY name_key`,
  )
    .pluck()
    .all(subjectId, kind) as string[];
}

/** The tags of a client's contacts, by contact: the client page shows them and filters its contacts by them. */
export function tagsOfContactsAt(core: Core, clientId: string): Record<string, string[]> {
  const rows = statement(
    core.db,
    `SELECT t.subject_id, t.name FROM contacts c JOIN tags t ON t.subject_id = c.id AND t.subject_type = 'contact'
     WHERE c.client_id = ? AND c.deleted_at IS NULL AND t.deleted_at IS NULL ORDER BY t.name_key`,
  ).all(clientId) as { subject_id: string; name: string }[];
  const byContact: Record<string, string[]> = {};
  for (const row of rows) (byContact[row.subject_id] ??= []).push(row.name);
  return byContact;
}

/** A record's tags from now on: adds what is new, takes off what was left out. */
export function setTags(core: Core, { kind, id, tags }: ParsedInput<'tags.set'>): string[] {
  assertSubject(core, { kind, id }, 'tags');
  const wanted = new Map<string, string>();
  for (const name of tags) if (!wanted.has(tagKey(name))) wanted.set(tagKey(name), name);
  for (const name of tagsOf(core, kind, id)) {
    if (!wanted.has(tagKey(name))) removeTag(core, kind, id, name);
  }
  for (const name of wanted.values()) addTag(core, kind, id, name);
  return tagsOf(core, kind, id);
}

/** Tags in use on this kind of record, most used first, for completion as the recruiter types. */
export function suggestTags(core: Core, { kind, prefix, limit }: ParsedInput<'tags.suggest'>): TagUse[] {
  return statement(
    core.db,
    `SELECT max(name) AS name, count(*) AS count FROM tags
     WHERE subject_type = ? AND deleted_at IS NULL AND name_key >= ? AND name_key < ? || char(1114111)
     GROUP BY name_key ORDER BY count DESC, name_key LIMIT ?`,
  ).all(kind, tagKey(prefix), tagKey(prefix), limit) as TagUse[];
}

/** Every tag in use, for Settings: the live records of every kind carrying it. */
export function tagUses(core: Core): TagUse[] {
  return statement(
    core.db,
    `SELECT max(name) AS name, count(*) AS count FROM tags WHERE deleted_at IS NULL GROUP BY name_key ORDER BY name_key`,
  ).all() as TagUse[];
}

/**
 * Renames a tag on every record carrying it; to a tag already in use, that merges the two. Each
 * record's old tag is taken off and the new one put on (a record's tag is identified by its
 * name), so a colleague's export merges the rename record by record.
 */
export function renameTag(core: Core, { from, to }: ParsedInput<'tags.rename'>): { renamed: number } {
  const rows = statement(
    core.db,
    `SELECT id, subject_type, subject_id FROM tags WHERE name_key = ? AND deleted_at IS NULL ORDER BY id`,
  ).all(tagKey(from)) as { id: string; subject_type: Taggable; subject_id: string }[];
  if (rows.length === 0) throw new ApiError('not_found', `No record is tagged “${from}”.`, 'from');
  const progress = taskProgress(core);
  rows.forEach((row, i) => {
    if (tagKey(from) === tagKey(to)) updateRecord(core, tagEntity, row.id, { name: tidy(to), name_key: tagKey(to) });
    else {
      setDeleted(core, tagEntity, row.id, true);
      addTag(core, row.subject_type, row.subject_id, to);
    }
    if (i % 500 === 499) {
      progress.report(i / rows.length, `Renaming “${from}”`);
      progress.checkCancelled();
    }
  });
  return { renamed: rows.length };
}
