import type { Core } from '../../db/core';
import { statement } from '../../db/statements';
import { dayIn, plusDays } from '../time';
import type { Proposal, RuleContext } from './rule';

interface Quiet {
  contact_id: string;
  contact: string;
  client: string;
  last_contacted_on: string | null;
  created_at: string;
  /** When the latest call, email, meeting or check-in with them was marked done. */
  last_done_at: string | null;
}

/**
 * A contact at a client with open jobs, not reached for N days (since they were added, if never).
 * Reached means the last contact date on their record, or a call, email, meeting or check-in with
 * them marked done, whichever is later: undoing that completion undoes the contact too.
 */
export function contactNudges(core: Core, { days, zone }: RuleContext): Proposal[] {
  const rows = statement(
    core.db,
    `SELECT ct.id AS contact_id, ct.name AS contact, cl.name AS client, ct.last_contacted_on, ct.created_at,
       (SELECT max(r.done_at) FROM reminders r
        WHERE r.subject_type = 'contact' AND r.subject_id = ct.id AND r.status = 'done' AND r.deleted_at IS NULL
          AND r.kind IN ('call', 'email', 'meeting', 'check_in')) AS last_done_at
     FROM contacts ct JOIN clients cl ON cl.id = ct.client_id AND cl.deleted_at IS NULL
     WHERE ct.deleted_at IS NULL
       AND EXISTS (SELECT 1 FROM jobs j WHERE j.client_id = cl.id AND j.status = 'open' AND j.deleted_at IS NULL)`,
  ).all() as Quiet[];
  return rows.map((row) => {
    // Instants become the recruiter's days; the date on the record already is one.
    const reached = [row.last_contacted_on ?? dayIn(row.created_at, zone), row.last_done_at && dayIn(row.last_done_at, zone)];
    const last = reached.filter((day): day is string => Boolean(day)).sort().at(-1)!;
    return {
      rule: 'contact_nudge' as const,
      // The last contact is part of it: reaching them closes this nudge and starts the next wait.
      ruleKey: `contact_nudge:${row.contact_id}:${last}`,
      title: `Get in touch with ${row.contact} at ${row.client}`,
      kind: 'call' as const,
      about: { kind: 'contact' as const, id: row.contact_id },
      notes: `Last contact: ${last}.`,
      dueOn: plusDays(last, days ?? 14),
      dueTime: null,
      repeat: null,
    };
  });
}
