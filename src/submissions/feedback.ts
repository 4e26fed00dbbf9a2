import type { ParsedInput } from '../api/contract';
import type { Feedback } from '../api/submissions';
import { assertContactsAtClient } from '../clients/contacts';
import { today } from '../db/clock';
import type { Core } from '../db/core';
import { insertRecord, type Entity } from '../db/records';
import { statement } from '../db/statements';
import { getSubmission } from './submissions';

export const feedbackEntity: Entity = {
  table: 'feedback',
  fields: ['submission_id', 'contact_id', 'received_on', 'sentiment', 'concerns', 'text'],
};

interface FeedbackRow {
  id: string;
  submission_id: string;
  contact_id: string | null;
  contact_name: string | null;
  received_on: string;
  sentiment: Feedback['sentiment'];
  concerns: string;
  text: string | null;
  created_at: string;
}

const toFeedback = (row: FeedbackRow): Feedback => ({
  id: row.id,
  submissionId: row.submission_id,
  contact: row.contact_id === null ? null : { id: row.contact_id, name: row.contact_name ?? 'Unknown contact' },
  receivedOn: row.received_on,
  sentiment: row.sentiment,
  concerns: JSON.parse(row.concerns) as string[],
  text: row.text,
  createdAt: row.created_at,
});

const selectFeedback = `SELECT f.*, c.name AS contact_name FROM feedback f LEFT JOIN contacts c ON c.id = f.contact_id`;

export function submissionFeedback(core: Core, submissionId: string): Feedback[] {
  return (
    statement(core.db, `${selectFeedback} WHERE f.submission_id = ? AND f.deleted_at IS NULL ORDER BY f.received_on, f.created_hlc`).all(
      submissionId,
    ) as FeedbackRow[]
  ).map(toFeedback);
}

/** Records what the client said about a candidate: append-only, dated, from one of the client's contacts. */
export function addFeedback(core: Core, input: ParsedInput<'feedback.add'>): Feedback {
  const submission = getSubmission(core, input.submissionId);
  assertContactsAtClient(core, submission.clientId, [{ id: input.contactId, field: 'contactId' }]);
  const id = insertRecord(core, feedbackEntity, {
    submission_id: input.submissionId,
    contact_id: input.contactId,
    received_on: input.receivedOn ?? today(core.clock),
    sentiment: input.sentiment,
    concerns: JSON.stringify(input.concerns),
    text: input.text,
  });
  return toFeedback(statement(core.db, `${selectFeedback} WHERE f.id = ?`).get(id) as FeedbackRow);
}
