import { z } from 'zod';
import { Id } from './common';

/** The records that take tags. */
export const taggables = ['candidate', 'contact', 'client', 'job'] as const;
export type Taggable = (typeof taggables)[number];

export const TagName = z
  .string()
  .trim()
  .min(1, 'Type a tag')
  .max(60, 'Keep a tag under 60 characters')
  .refine((name) => !/[,"]/.test(name), 'A tag cannot hold a comma or a quote: a comma separates tags');

export const TagsOfInput = z.strictObject({ kind: z.enum(taggables), id: Id });

/** Completion: the tags in use on this kind of record starting with (or holding) what was typed. */
export const TagSuggestInput = z.strictObject({
  kind: z.enum(taggables).default('candidate'),
  prefix: z.string().trim().max(60).default(''),
  limit: z.number().int().min(1).max(50).default(10),
});

export const TagsSetInput = z.strictObject({
  kind: z.enum(taggables),
  id: Id,
  /** The record's tags from now on: those left out are taken off. */
  tags: z.array(TagName).max(100, 'A record can have at most 100 tags'),
});

/** Renames a tag on every record; renaming it to a tag that exists merges the two. */
export const TagRenameInput = z.strictObject({ from: TagName, to: TagName });

export interface TagUse {
  name: string;
  /** Live records carrying it, of every kind. */
  count: number;
}
