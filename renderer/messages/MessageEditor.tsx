import { Copy, Mail, TriangleAlert } from 'lucide-react';
import { useRef, useState } from 'react';
import { Link } from 'wouter';
import { profileFields, templateFields, type RenderedMessage, type TemplateField } from '../../src/api/templates';
import { paths } from '../app/paths';
import { Button } from '../ui/Button';
import { DialogFooter } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { showToast } from '../ui/toasts';
import { useUnsavedChanges } from '../ui/unsavedChanges';
import { mailtoLink, messageText, unfilledFields, type MessageDraft } from './messageText';

interface MessageEditorProps {
  message: RenderedMessage;
  onClose: () => void;
}

async function copyMessage(draft: MessageDraft): Promise<void> {
  try {
    await navigator.clipboard.writeText(messageText(draft));
    showToast({ message: 'Message copied: paste it into your email' });
  } catch {
    showToast({ message: 'Could not copy the message. Select the text and copy it instead.', tone: 'error' });
  }
}

/** The filled-in message, editable; what the record could not fill stays as {{field}} and is pointed out. */
export function MessageEditor({ message, onClose }: MessageEditorProps) {
  const [draft, setDraft] = useState<MessageDraft>({ to: message.to?.email ?? '', subject: message.subject, body: message.body });
  const body = useRef<HTMLTextAreaElement>(null);
  const subject = useRef<HTMLInputElement>(null);
  const unfilled = unfilledFields(draft);
  // The recruiter's own details are not the record's to fill: they are set once, in Settings.
  const missing = unfilled.filter((field) => !profileFields.includes(field));
  const unsigned = unfilled.filter((field) => profileFields.includes(field));
  // An edited message not yet copied or handed to the mail program: closing the dialog asks.
  const [used, setUsed] = useState(false);
  const edited = draft.to !== (message.to?.email ?? '') || draft.subject !== message.subject || draft.body !== message.body;
  useUnsavedChanges(edited && !used, () => body.current);
  const edit = (patch: Partial<MessageDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setUsed(false);
  };

  /** Selects the field's first {{placeholder}}, ready to type over. */
  function findField(field: TemplateField) {
    const pattern = new RegExp(`\\{\\{\\s*${field}\\s*\\}\\}`);
    for (const box of [subject.current, body.current]) {
      const found = box && pattern.exec(box.value);
      if (box && found) {
        box.focus();
        box.setSelectionRange(found.index, found.index + found[0].length);
        return;
      }
    }
  }

  const toHint = message.to
    ? message.to.email
      ? message.to.name
      : `${message.to.name} has no email address on file: type one in.`
    : 'This record has no one to send it to yet: type an address.';

  return (
    <>
      <div className="dialog-body message-fields">
        {missing.length > 0 && (
          <div className="message-missing" id="message-missing" role="status">
            <TriangleAlert size={15} aria-hidden className="message-missing-icon" />
            <div>
              <p>Shortlist could not fill these from the record. Replace them before you send:</p>
              <ul className="message-missing-list">
                {missing.map((field) => (
                  <li key={field}>
                    <button type="button" className="message-missing-field" onClick={() => findField(field)} title="Find it in the message">
                      <code>{`{{${field}}}`}</code> {templateFields[field]}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        )}
        {unsigned.length > 0 && (
          <p className="message-unsigned" id="message-unsigned">
            Your {unsigned.includes('signature') ? 'signature' : 'details'} stay{unsigned.includes('signature') ? 's' : ''} as{' '}
            {unsigned.map((field, i) => (
              <span key={field}>
                {i > 0 && ', '}
                <code>{`{{${field}}}`}</code>
              </span>
            ))}{' '}
            until you set {unsigned.includes('signature') ? 'your name and signature' : 'them'} in{' '}
            <Link href={paths.settings} className="link">
              Settings → Your profile
            </Link>.
          </p>
        )}
        <Field label="To" controlId="message-to" hint={toHint}>
          <input
            id="message-to"
            className="input"
            type="email"
            autoComplete="off"
            value={draft.to}
            aria-describedby="message-to-hint"
            onChange={(e) => edit({ to: e.target.value })}
          />
        </Field>
        <Field label="Subject" controlId="message-subject">
          <input
            id="message-subject"
            ref={subject}
            className="input"
            value={draft.subject}
            onChange={(e) => edit({ subject: e.target.value })}
          />
        </Field>
        <Field label="Message" controlId="message-body">
          <textarea
            id="message-body"
            ref={body}
            className="input textarea message-body"
            rows={10}
            value={draft.body}
            aria-describedby={[missing.length > 0 && 'message-missing', unsigned.length > 0 && 'message-unsigned'].filter(Boolean).join(' ') || undefined}
            onChange={(e) => edit({ body: e.target.value })}
          />
        </Field>
      </div>
      <DialogFooter>
        <Button onClick={onClose}>Close</Button>
        <Button icon={Copy} onClick={() => {
            setUsed(true);
            void copyMessage(draft);
          }}>
          Copy
        </Button>
        <a href={mailtoLink(draft)} onClick={() => setUsed(true)} className="button button--primary">
          <Mail size={15} aria-hidden className="button-icon" />
          Open in mail program
        </a>
      </DialogFooter>
    </>
  );
}
