import { templateFields, type TemplateField, type TemplateId } from '../../src/api/templates';
import type { StageName } from '../../src/api/submissions';
import type { LinkedRecord } from '../followUps/followUpStore';

/** What the recruiter is about to send, as they have edited it. */
export interface MessageDraft {
  to: string;
  subject: string;
  body: string;
}

const placeholder = /\{\{\s*([a-zA-Z]+)\s*\}\}/g;

/** The {{fields}} still left in the text, each once, in the order they appear. */
export function unfilledFields(draft: MessageDraft): TemplateField[] {
  const names = [...`${draft.subject}\n${draft.body}`.matchAll(placeholder)].map((m) => m[1]!);
  return [...new Set(names)].filter((name): name is TemplateField => Object.hasOwn(templateFields, name));
}

/** A mailto: link the mail program opens as a new message; its line breaks as mail wants them. */
export function mailtoLink(draft: MessageDraft): string {
  const to = encodeURIComponent(draft.to.trim()).replace(/%40/g, '@');
  const body = draft.body.replace(/\r?\n/g, '\r\n');
  return `mailto:${to}?subject=${encodeURIComponent(draft.subject)}&body=${encodeURIComponent(body)}`;
}

export const messageText = (draft: MessageDraft) => `Subject: ${draft.subject}\n\n${draft.body}`;

/** The message a record most likely calls for: a submission's depends on how far it has got. */
export function suggestedTemplate(about: LinkedRecord, stage?: StageName): TemplateId {
  if (about.kind !== 'submission') return 'check_in';
  if (stage === 'shortlisted') return 'submission_cover';
  if (stage === 'interviewing') return 'interview_thank_you';
  return 'feedback_chase';
}
