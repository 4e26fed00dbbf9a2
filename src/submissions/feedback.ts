import type { ParsedInput } from '../api/contract';
import type { Feedback } from '../api/submissions';
import { assertContactsAtClient } from '../clients/contacts';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { ApiError } from '../api/errors';
import { interviewName } from '../api/interviewName';
import type { Core } from '../db/core';
import { insertRecord, type Entity } from '../db/records';
import { statement } from '../db/statements';
import { dayIn } from '../reminders/time';
import { submissionInterviews } from './interviews';
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

/**
 * Feedback logged while the submission's next interview is still to come, and none has been held
 * since the last feedback, is most likely about that interview, which has not happened: a slip
 * (the wrong candidate, the wrong day). It is refused unless confirmed, naming the interview.
 */
function checkNotEarly(core: Core, submissionId: string, confirmed: boolean): void {
  if (confirmed) return;
  const now = core.clock.now().toISOString();
  const interviews = submissionInterviews(core, submissionId).filter((i) => !i.cancelled);
  const next = interviews.find((i) => i.startsAt > now);
  if (!next) return;
  const held = interviews.filter((i) => i.startsAt <= now).at(-1);
  const lastFeedback = submissionFeedback(core, submissionId).map((f) => f.createdAt).sort().at(-1);
  if (held && (!lastFeedback || lastFeedback < held.startsAt)) return;
  const on = format(new TZDate(next.startsAt, next.timeZone), 'EEE d MMM');
  throw new ApiError(
    'invalid_input',
    `The ${interviewName(next.step)} on ${on} has not happened yet. Log this feedback anyway?`,
    'confirmEarly',
  );
}

/** Records what the client said about a candidate: append-only, dated, from one of the client's contacts. */
export function addFeedback(core: Core, input: ParsedInput<'feedback.add'>): Feedback {
  const submission = getSubmission(core, input.submissionId);
  assertContactsAtClient(core, submission.clientId, [{ id: input.contactId, field: 'contactId' }]);
  const receivedOn = input.receivedOn ?? dayIn(core.clock.now(), core.timeZone);
  if (receivedOn > dayIn(core.clock.now(), core.timeZone)) {
    throw new ApiError('invalid_input', 'Feedback cannot be received on a day still to come: use today or earlier.', 'receivedOn');
  }
  checkNotEarly(core, submission.id, input.confirmEarly);
  const id = insertRecord(core, feedbackEntity, {
    submission_id: input.submissionId,
    contact_id: input.contactId,
    received_on: receivedOn,
    sentiment: input.sentiment,
    concerns: JSON.stringify(input.concerns),
    text: input.text,
  });
  return toFeedback(statement(core.db, `${selectFeedback} WHERE f.id = ?`).get(id) as FeedbackRow);
}
