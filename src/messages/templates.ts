import type { Contact } from '../api/clients';
import type { ParsedInput } from '../api/contract';
import { ApiError } from '../api/errors';
import { stageLabels } from '../api/submissions';
import {
  profileFields,
  templateFields,
  templateIds,
  type MessageTemplate,
  type RenderedMessage,
  type TemplateField,
  type TemplateId,
} from '../api/templates';
import { getCandidate } from '../candidates/candidates';
import { getClient } from '../clients/clients';
import { getContact } from '../clients/contacts';
import type { Core } from '../db/core';
import { getSetting, setSetting } from '../db/settings';
import { getJob } from '../jobs/jobs';
import { subjectName } from '../notes/subjects';
import { submissionInterviews } from '../submissions/interviews';
import { getSubmission } from '../submissions/submissions';
import { signatureOf } from '../api/recruiterProfile';
import { getRecruiterProfile } from '../recruiterProfile/recruiterProfile';

type Wording = Pick<MessageTemplate, 'name' | 'to' | 'subject' | 'body'>;

const defaults: Record<TemplateId, Wording> = {
  interview_thank_you: {
    name: 'Thank you after an interview',
    to: 'contact',
    subject: 'Thank you for meeting {{candidate}}',
    body: `Hi {{contactFirstName}},

Thank you for making the time to interview {{candidate}} for the {{job}} role on {{interviewDate}}. I would love to hear how it went: what stood out, and anything you would like me to explore with {{candidateFirstName}}.

Best regards,
{{signature}}`,
  },
  feedback_chase: {
    name: 'Feedback chase',
    to: 'contact',
    subject: 'Your thoughts on {{candidate}} for {{job}}',
    body: `Hi {{contactFirstName}},

I wanted to check in on {{candidate}} for the {{job}} role. {{candidateFirstName}} is keen, and is also talking to other companies, so a quick word on where you stand would help me keep them warm.

Best regards,
{{signature}}`,
  },
  check_in: {
    name: 'Client check-in',
    to: 'contact',
    subject: 'Checking in on {{job}}',
    body: `Hi {{contactFirstName}},

A quick check-in on the {{job}} search at {{client}}: here is where things stand, and what I am working on next. Is there anything that has changed on your side?

Best regards,
{{signature}}`,
  },
  submission_cover: {
    name: 'Submission cover note',
    to: 'contact',
    subject: 'Candidate for {{job}}: {{candidate}}',
    body: `Hi {{contactFirstName}},

I would like to put {{candidate}} forward for the {{job}} role. Their profile is attached; in short, here is why I think they fit what we agreed at intake.

Could we find a time for a first interview this week?

Best regards,
{{signature}}`,
  },
};

type Stored = Partial<Record<TemplateId, { subject: string; body: string }>>;

const stored = (core: Core): Stored => JSON.parse(getSetting(core.db, 'message_templates') ?? '{}') as Stored;

export function listTemplates(core: Core): MessageTemplate[] {
  const saved = stored(core);
  return templateIds.map((id) => ({ id, ...defaults[id], ...saved[id], isDefault: !saved[id] }));
}

const placeholder = /\{\{\s*([a-zA-Z]+)\s*\}\}/g;
const isField = (name: string): name is TemplateField => Object.hasOwn(templateFields, name);

/** Saves the recruiter's wording; a field name Shortlist cannot fill is refused, so no message goes out with a typo in it. */
export function saveTemplate(core: Core, input: ParsedInput<'templates.save'>): MessageTemplate {
  for (const [text, field] of [[input.subject, 'subject'], [input.body, 'body']] as const) {
    const unknown = [...text.matchAll(placeholder)].map((m) => m[1]!).find((name) => !isField(name));
    if (unknown) {
      throw new ApiError('invalid_input', `Shortlist cannot fill {{${unknown}}}. Use one of: ${Object.keys(templateFields).map((f) => `{{${f}}}`).join(', ')}.`, field);
    }
  }
  const saved = stored(core);
  saved[input.id] = { subject: input.subject, body: input.body };
  setSetting(core.db, 'message_templates', JSON.stringify(saved));
  return listTemplates(core).find((template) => template.id === input.id)!;
}

export function resetTemplate(core: Core, id: TemplateId): MessageTemplate {
  const saved = stored(core);
  delete saved[id];
  setSetting(core.db, 'message_templates', JSON.stringify(saved));
  return listTemplates(core).find((template) => template.id === id)!;
}

const firstName = (name: string | undefined) => name?.split(/\s+/)[0];

/** The hiring manager when there is one, else HR: who a recruiter writes to about a job. */
function jobContact(core: Core, jobId: string): Contact | null {
  const job = getJob(core, jobId);
  const id = job.hiringManagerId ?? job.hrContactId;
  return id ? getContact(core, id) : null;
}

/** What the record a message is about can fill in, and who it is for. */
function gather(core: Core, about: ParsedInput<'templates.render'>['about']) {
  subjectName(core, about.kind, about.id);
  const values: Partial<Record<TemplateField, string>> = {};
  let contact: Contact | null = null;
  let candidate: { name: string; email: string | null } | null = null;
  const setCandidate = (id: string) => {
    const found = getCandidate(core, id);
    candidate = { name: found.name, email: found.emails[0] ?? null };
    values.candidate = found.name;
    values.candidateFirstName = firstName(found.name);
  };
  const setJob = (id: string) => {
    const job = getJob(core, id);
    values.job = job.title;
    values.client = job.clientName;
    contact = jobContact(core, id);
  };
  if (about.kind === 'submission') {
    const submission = getSubmission(core, about.id);
    setCandidate(submission.candidateId);
    setJob(submission.jobId);
    values.stage = stageLabels[submission.stage];
    const now = core.clock.now().toISOString();
    // The latest interview already held: a thank-you is for one that happened, not the next one booked.
    const held = submissionInterviews(core, about.id)
      .filter((interview) => !interview.cancelled && new Date(interview.startsAt).toISOString() <= now)
      .at(-1);
    if (held) values.interviewDate = new Date(held.startsAt).toLocaleDateString(undefined, { timeZone: held.timeZone, dateStyle: 'long' });
  } else if (about.kind === 'job') {
    setJob(about.id);
  } else if (about.kind === 'candidate') {
    setCandidate(about.id);
  } else if (about.kind === 'contact') {
    contact = getContact(core, about.id);
    values.client = getClient(core, contact.clientId).name;
  } else {
    values.client = getClient(core, about.id).name;
  }
  const reached = contact as Contact | null;
  if (reached) {
    values.contact = reached.name;
    values.contactFirstName = firstName(reached.name);
  }
  return { values, contact: reached, candidate: candidate as { name: string; email: string | null } | null };
}

/** Fills a template from a record; what the record cannot fill stays as {{field}} for the recruiter to complete. */
export function renderTemplate(core: Core, input: ParsedInput<'templates.render'>): RenderedMessage {
  const template = listTemplates(core).find((t) => t.id === input.id)!;
  const { values, contact, candidate } = gather(core, input.about);
  Object.assign(values, recruiterValues(core));
  const missing = new Set<TemplateField>();
  const fill = (text: string) =>
    text.replace(placeholder, (whole, name: string) => {
      const value = isField(name) ? values[name] : undefined;
      if (value === undefined) missing.add(name as TemplateField);
      return value ?? whole;
    });
  const to = template.to === 'contact' ? (contact && { name: contact.name, email: contact.email }) : candidate;
  const subject = fill(template.subject);
  const body = fill(withSignature(template.body));
  const unfilled = [...missing];
  return {
    to,
    subject,
    body,
    missing: unfilled.filter((field) => !profileFields.includes(field)),
    profileMissing: unfilled.filter((field) => profileFields.includes(field)),
  };
}

/** What the recruiter's profile fills in; a field left blank there stays {{field}} in the message. */
function recruiterValues(core: Core): Partial<Record<TemplateField, string>> {
  const profile = getRecruiterProfile(core);
  const values: Partial<Record<TemplateField, string>> = {};
  const signature = signatureOf(profile);
  if (signature) values.signature = signature;
  if (profile.name) values.recruiterName = profile.name;
  if (profile.email) values.recruiterEmail = profile.email;
  if (profile.phone) values.recruiterPhone = profile.phone;
  return values;
}

/** A last line such as "Best regards," or "Thanks!": a message that ends with one is signed below it. */
const signOff = /^(best|kind|warm|warmest|many thanks|thanks|thank you|cheers|regards|sincerely|yours|all the best|best wishes|speak soon|talk soon)\b[\w\s]{0,20}[,.!]?$/i;
const signedFields = /\{\{\s*(signature|recruiterName)\s*\}\}/;

/**
 * A template the recruiter wrote before profiles existed ends with "Best regards" and nothing
 * under it: it is signed like the defaults, unless it already names the signature or the name.
 */
function withSignature(body: string): string {
  if (signedFields.test(body)) return body;
  const lastLine = body.trimEnd().split('\n').at(-1)!.trim();
  return signOff.test(lastLine) ? `${body.trimEnd()}\n{{signature}}` : body;
}
