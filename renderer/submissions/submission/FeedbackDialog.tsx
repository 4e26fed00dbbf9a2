import '../../styles/followups.css';
import { Plus, TriangleAlert, X } from 'lucide-react';
import { useState } from 'react';
import type { Contact } from '../../../src/api/clients';
import { FeedbackAddInput, sentiments, type Sentiment, type Submission } from '../../../src/api/submissions';
import { asApiError, change } from '../../api/data';
import { roles } from '../../clients/contactRoles';
import { Button, SaveButton } from '../../ui/Button';
import { Dialog, DialogFooter } from '../../ui/Dialog';
import { Field, TextAreaField, TextField } from '../../ui/Field';
import { todayDay } from '../../ui/dates';
import { showToast } from '../../ui/toasts';
import { errorIdFor, useForm, type Form } from '../../ui/useForm';
import { sentimentLabels } from '../stageFormat';
import { closeSubmissionDialog } from './submissionStore';

interface FeedbackDialogProps {
  submission: Submission;
  contacts: Contact[] | undefined;
  /** Whose word it most likely is: the job's hiring manager. */
  defaultContactId: string | null;
}

type FeedbackDraft = { contactId: string; receivedOn: string; sentiment: string; text: string };

/** What the client said: from whom, when, how it went, the concerns raised, and the words. */
export function FeedbackDialog({ submission, contacts, defaultContactId }: FeedbackDialogProps) {
  const [concerns, setConcerns] = useState<string[]>(['']);
  // The core's question when the interview this is likely about has not happened yet; saving again confirms.
  const [early, setEarly] = useState<string | null>(null);
  const form = useForm({
    id: 'feedback',
    initial: { contactId: defaultContactId ?? '', receivedOn: todayDay(), sentiment: '', text: '' } satisfies FeedbackDraft,
    schema: FeedbackAddInput,
    toInput: (draft: FeedbackDraft) => ({
      submissionId: submission.id,
      contactId: draft.contactId || null,
      receivedOn: draft.receivedOn,
      sentiment: draft.sentiment as Sentiment,
      concerns,
      text: draft.text,
      confirmEarly: early !== null,
    }),
    save: async (input) => {
      try {
        await change('feedback.add', input);
      } catch (error) {
        const refusal = asApiError(error);
        if (refusal.field === 'confirmEarly') return setEarly(refusal.message);
        throw error;
      }
      closeSubmissionDialog();
      showToast({ message: `Feedback on ${submission.candidateName} logged` });
    },
  });
  const contact = form.control('contactId');

  return (
    <Dialog title={`Log feedback on ${submission.candidateName}`} description={`What ${submission.clientName} said.`} onClose={closeSubmissionDialog} wide>
      <form className="dialog-form" noValidate onSubmit={form.onSubmit}>
        <div className="dialog-body form-grid">
          <Field label="From" controlId={contact.id} error={form.errorFor('contactId')}>
            <select className="input select" {...contact} data-autofocus>
              <option value="">Not recorded</option>
              {(contacts ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} · {roles[c.role].label}
                </option>
              ))}
            </select>
          </Field>
          <TextField form={form} name="receivedOn" label="Received" type="date" required max={todayDay()} />
          <SentimentField form={form} />
          <ConcernsField concerns={concerns} onChange={setConcerns} />
          <TextAreaField form={form} name="text" label="What they said" rows={4} className="span-2" placeholder="In their words, as near as you can." />
        </div>
        {early && (
          <p className="dialog-warning" role="alert">
            <TriangleAlert size={14} aria-hidden />
            {early}
          </p>
        )}
        <DialogFooter error={form.formError}>
          <Button onClick={closeSubmissionDialog}>Cancel</Button>
          <SaveButton saving={form.saving}>{early ? 'Log anyway' : 'Log feedback'}</SaveButton>
        </DialogFooter>
      </form>
    </Dialog>
  );
}

function SentimentField({ form }: { form: Form<FeedbackDraft> }) {
  const error = form.errorFor('sentiment');
  const id = 'feedback-sentiment';
  return (
    <fieldset className="fieldset span-2" aria-describedby={error ? errorIdFor(id) : undefined}>
      <legend className="field-label">
        How did it go?
        <span className="field-required" aria-hidden>
          *
        </span>
      </legend>
      <div className={`sentiment-choices${error ? ' sentiment-choices--invalid' : ''}`}>
        {sentiments.map((sentiment, i) => (
          <label key={sentiment} className={`sentiment-choice sentiment-choice--${sentiment}`}>
            <input
              type="radio"
              name="sentiment"
              value={sentiment}
              // The first choice carries the id, so a refusal can put focus on the group.
              id={i === 0 ? `${id}` : undefined}
              checked={form.draft.sentiment === sentiment}
              onChange={() => form.set('sentiment', sentiment)}
            />
            <span>{sentimentLabels[sentiment]}</span>
          </label>
        ))}
      </div>
      {error && (
        <p className="field-error" id={errorIdFor(id)}>
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** One box per concern, so each can later become a prep note of its own. */
function ConcernsField({ concerns, onChange }: { concerns: string[]; onChange: (concerns: string[]) => void }) {
  const set = (i: number, value: string) => onChange(concerns.map((c, j) => (j === i ? value : c)));
  return (
    <fieldset className="fieldset span-2">
      <legend className="field-label">Concerns raised</legend>
      <ul className="concern-inputs">
        {concerns.map((concern, i) => (
          <li key={i} className="concern-input">
            <input
              className="input"
              aria-label={`Concern ${i + 1}`}
              value={concern}
              maxLength={300}
              // A concern just added takes the cursor; the first box waits its turn.
              autoFocus={i > 0 && i === concerns.length - 1 && concern === ''}
              placeholder={i === 0 ? 'e.g. Little experience running services in production' : 'Another concern'}
              onChange={(e) => set(i, e.target.value)}
              onKeyDown={(e) => {
                // Enter adds the next concern rather than saving the feedback half written.
                if (e.key === 'Enter') {
                  e.preventDefault();
                  if (concern.trim()) onChange([...concerns, '']);
                }
              }}
            />
            {concerns.length > 1 && (
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove concern ${i + 1}`}
                onClick={() => onChange(concerns.filter((_, j) => j !== i))}
              >
                <X size={14} aria-hidden />
              </button>
            )}
          </li>
        ))}
      </ul>
      <Button variant="ghost" icon={Plus} className="concern-add" onClick={() => onChange([...concerns, ''])}>
        Add a concern
      </Button>
    </fieldset>
  );
}
