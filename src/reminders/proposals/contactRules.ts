import type { Core } from '../../db/core';
import { statement } from '../../db/statements';
import { plusDays } from '../time';
import type { Proposal, RuleContext } from './rule';

interface Quiet {
  contact_id: string;
  contact: string;
  client: string;
  last: string;
}

/**
 * A contact at a client with open jobs, not reached for N days (since they were added, if never).
 * Reached means the last contact date on their record, or a call, email, meeting or check-in with
 * them marked done, whichever is later: undoing that completion undoes the contact too.
 */
export function contactNudges(core: Core, { days }: RuleContext): Proposal[] {
  const rows = statement(
    core.db,
    `SELECT ct.id AS contact_id, ct.name AS contact, cl.name AS client,
       max(coalesce(ct.last_contacted_on, substr(ct.created_at, 1, 10)), coalesce((
         SELECT max(substr(r.done_at, 1, 10)) FROM reminders r
         WHERE r.subject_type = 'contact' AND r.subject_id = ct.id AND r.status = 'done' AND r.deleted_at IS NULL
           AND r.kind IN ('call', 'email', 'meeting', 'check_in')), '')) AS last
     FROM contacts ct JOIN clients cl ON cl.id = ct.client_id AND cl.deleted_at IS NULL
     WHERE ct.deleted_at IS NULL
       AND EXISTS (SELECT 1 FROM jobs j WHERE j.client_id = cl.id AND j.status = 'open' AND j.deleted_at IS NULL)`,
  ).all() as Quiet[];
  return rows.map((row) => ({
    rule: 'contact_nudge',
    // The last contact is part of it: reaching them closes this nudge and starts the next wait.
    ruleKey: `contact_nudge:${row.contact_id}:${row.last}`,
    title: `Get in touch with ${row.contact} at ${row.client}`,
    kind: 'call',
    about: { kind: 'contact', id: row.contact_id },
    notes: `Last contact: ${row.last}.`,
    dueOn: plusDays(row.last, days ?? 14),
    dueTime: null,
    repeat: null,
  }));
}
