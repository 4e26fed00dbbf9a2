import type { Taggable } from '../api/tags';

/**
 * A list's condition "carries this tag" (one parameter: the tag's key), read from the tags index
 * by kind and key. The kind is a word of ours, never the caller's text.
 */
export const taggedWith = (kind: Taggable) =>
  `id IN (SELECT subject_id FROM tags WHERE subject_type = '${kind}' AND name_key = ? AND deleted_at IS NULL)`;

/** A row's live tags as a JSON array in their order, for a list's summaries: looked up by index for the page's rows only. */
export const tagsOfRow = (kind: Taggable, table: string) =>
  `(SELECT json_group_array(name) FROM (SELECT t.name FROM tags t
    WHERE t.subject_id = ${table}.id AND t.subject_type = '${kind}' AND t.deleted_at IS NULL ORDER BY t.name_key))`;
