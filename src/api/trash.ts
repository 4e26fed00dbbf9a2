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
