import type { TrashItem, TrashKind } from '../api/trash';
import { restoreClient } from '../clients/clients';
import { restoreContact } from '../clients/contacts';
import { restoreJob } from '../jobs/jobs';
import { restoreCandidate } from '../candidates/candidates';
import { restoreFile } from '../candidates/files';
import type { Core } from '../db/core';
import { statement } from '../db/statements';

/**
 * What is in the trash, most recently deleted first. A contact or job of a deleted client is not
 * listed on its own: it is in the trash with its client and comes back with it.
 */
export function listTrash(core: Core): TrashItem[] {
  return statement(
    core.db,
    `SELECT 'client' AS kind, id, name, industry AS detail, deleted_at AS deletedAt
       FROM clients WHERE deleted_at IS NOT NULL
     UNION ALL
     SELECT 'contact', co.id, co.name, cl.name, co.deleted_at
       FROM contacts co JOIN clients cl ON cl.id = co.client_id
       WHERE co.deleted_at IS NOT NULL AND cl.deleted_at IS NULL
     UNION ALL
     SELECT 'job', jo.id, jo.title, cl.name, jo.deleted_at
       FROM jobs jo JOIN clients cl ON cl.id = jo.client_id
       WHERE jo.deleted_at IS NOT NULL AND cl.deleted_at IS NULL
     UNION ALL
     SELECT 'candidate', id, name, current_employer, deleted_at
       FROM candidates WHERE deleted_at IS NOT NULL
     UNION ALL
     SELECT 'file', f.id, f.name, ca.name, f.deleted_at
       FROM files f JOIN candidates ca ON ca.id = f.candidate_id
       WHERE f.deleted_at IS NOT NULL AND ca.deleted_at IS NULL
     ORDER BY deletedAt DESC`,
  ).all() as TrashItem[];
}

const restorers: Record<TrashKind, (core: Core, id: string) => void> = {
  client: restoreClient,
  contact: restoreContact,
  job: restoreJob,
  candidate: restoreCandidate,
  file: restoreFile,
};

export function restoreFromTrash(core: Core, kind: TrashKind, id: string): void {
  restorers[kind](core, id);
}
