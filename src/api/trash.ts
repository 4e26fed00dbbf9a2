import { z } from 'zod';
import { Id } from './common';

export const trashKinds = ['client', 'contact', 'job', 'candidate', 'file'] as const;
export type TrashKind = (typeof trashKinds)[number];

export const TrashRestoreInput = z.strictObject({ kind: z.enum(trashKinds), id: Id });
export type TrashRestoreInput = z.input<typeof TrashRestoreInput>;

export interface TrashItem {
  kind: TrashKind;
  id: string;
  name: string;
  /** Where it belonged, e.g. the client of a deleted contact. */
  detail: string | null;
  deletedAt: string;
}

/** What can be moved to the trash from its page, and asked about first. */
export const DependentsInput = z.strictObject({ kind: z.enum(['client', 'contact', 'job', 'candidate']), id: Id });
export type DependentsInput = z.input<typeof DependentsInput>;

/** Live work that hangs on a record, in words to show before it goes to the trash: "2 open jobs". Empty when nothing does. */
export interface Dependents {
  items: string[];
}
