import { z } from 'zod';

/** Long work as the recruiter sees it: what it is, how far it has got, and how it ended. */
export interface TaskInfo {
  id: string;
  /** "Merging an export", in the recruiter's words. */
  label: string;
  /** What it is doing now: "Merging candidates". */
  doing: string;
  /** From 0 to 1; null while the share cannot be told (an integrity check). */
  done: number | null;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  /** Why it failed, in words the recruiter can act on. */
  error: string | null;
  /** Whether asking it to stop leaves nothing half-done (a merge rolls back whole). */
  cancellable: boolean;
  startedAt: string;
  endedAt: string | null;
}

export const TaskIdInput = z.strictObject({ id: z.string().min(1).max(64) });
