import type { NoteSubject } from '../../api/notes';
import { TagName, type Taggable } from '../../api/tags';
import type { Core } from '../../db/core';
import { insertRecord } from '../../db/records';
import { noteEntity } from '../../notes/notes';
import { addTag, tagInUse } from '../../tags/tags';
import { splitList } from './cells';
import type { KeptValue } from './mapping';

/** The record a row became, which a note and tags can be about. */
export interface MadeRecord {
  kind: NoteSubject & Taggable;
  id: string;
}

/** What keeping a row's other columns did: whether it wrote a note, and the tags no record carried before. */
export interface Kept {
  noted: boolean;
  newTags: string[];
}

/**
 * Keeps what a row holds in columns that are not fields. A tags column's values become the
 * record's tags ("a; b" or "a, b" are two; a tag not in use yet is made, and reported); everything else (a mobile number beside the phone, a pipeline stage, a column no
 * tool of ours knows, and a tag Shortlist cannot take, such as one with a quote in it) becomes
 * one note on the record, a line per column: "From people.csv, Stage: Interviewing". The note is
 * dated like any other, so the recruiter sees when it came in.
 */
export function keepColumns(core: Core, fileName: string, kept: readonly KeptValue[], made: MadeRecord): Kept {
  const lines: string[] = [];
  const newTags: string[] = [];
  for (const { column, text, tags } of kept) {
    const untaggable = tags ? tagsIn(text).filter((tag) => !tagged(core, made, tag, newTags)) : [text];
    if (untaggable.length > 0) lines.push(`From ${fileName}, ${column}: ${untaggable.join(', ')}`);
  }
  if (lines.length === 0) return { noted: false, newTags };
  insertRecord(core, noteEntity, { subject_type: made.kind, subject_id: made.id, body: lines.join('\n'), kind: 'note' });
  return { noted: true, newTags };
}

/** The tags in a cell: "a; b", "a, b", one a line, or Google's "* myContacts ::: Clients" (its star marks a group of its own). */
export function tagsIn(cell: string): string[] {
  return (cell.includes(':::') ? cell.split(':::').map((tag) => tag.trim()) : splitList(cell))
    .map((tag) => tag.replace(/^\*\s+/, ''))
    .filter((tag) => tag !== '');
}

function tagged(core: Core, made: MadeRecord, tag: string, newTags: string[]): boolean {
  const name = TagName.safeParse(tag);
  if (!name.success) return false;
  if (!tagInUse(core, name.data)) newTags.push(name.data);
  addTag(core, made.kind, made.id, name.data);
  return true;
}
