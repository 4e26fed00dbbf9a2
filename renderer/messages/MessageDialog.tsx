import { useEffect, useRef, useState } from 'react';
import type { TemplateId } from '../../src/api/templates';
import { useData } from '../api/data';
import type { LinkedRecord } from '../followUps/followUpStore';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import '../styles/messages.css';
import { MessageEditor } from './MessageEditor';

interface MessageDialogProps {
  about: LinkedRecord;
  initialTemplate: TemplateId;
  onClose: () => void;
}

/** Choose a template, read it filled in from the record, edit it, then send it from the mail program or copy it. */
export function MessageDialog({ about, initialTemplate, onClose }: MessageDialogProps) {
  const [templateId, setTemplateId] = useState(initialTemplate);
  const { data: templates, error: templatesRefused } = useData('templates.list', {});
  const { data: message, error: messageRefused } = useData('templates.render', { id: templateId, about: { kind: about.kind, id: about.id } });
  // Each refusal's own words say what to do; both are said when both are refused (once when they say the same).
  const refusals = [...new Set([templatesRefused, messageRefused].flatMap((refused) => (refused ? [refused.message] : [])))];
  const select = useRef<HTMLSelectElement>(null);
  // Disabled while the templates load, the select cannot take the focus the dialog gives it as it
  // opens: it takes it once they have come, unless the recruiter has put the focus elsewhere.
  const focusedAtOpen = useRef<Element | null>(null);
  useEffect(() => {
    focusedAtOpen.current = document.activeElement;
  }, []);
  useEffect(() => {
    if (templates && document.activeElement === focusedAtOpen.current) select.current?.focus();
  }, [templates]);

  return (
    <Dialog title="Write a message" description={`About ${about.name}`} onClose={onClose} wide>
      <div className={`dialog-body message-template${messageRefused ? ' message-template--last' : ''}`}>
        <Field label="Template" controlId="message-template">
          <select
            ref={select}
            id="message-template"
            className="input select"
            value={templateId}
            onChange={(e) => setTemplateId(e.target.value as TemplateId)}
            disabled={!templates}
            aria-busy={!templates && !templatesRefused}
            data-autofocus
          >
            {templates ? (
              templates.map((template) => (
                <option key={template.id} value={template.id}>
                  {template.name}
                </option>
              ))
            ) : (
              <option value={templateId}>{templatesRefused ? 'No templates' : 'Loading templates…'}</option>
            )}
          </select>
        </Field>
        {/* Closing and opening the dialog asks again. */}
        {refusals.length > 0 && (
          <div className="message-refusals">
            {refusals.map((refusal) => (
              <p key={refusal} className="page-error" role="alert">
                {refusal}
              </p>
            ))}
          </div>
        )}
      </div>
      {/* A new template starts a fresh draft; edits belong to the template they were made in. A
          message refused leaves no place waiting for it. */}
      {message ? (
        <MessageEditor key={templateId} message={message} onClose={onClose} />
      ) : (
        !messageRefused && <div className="message-loading" aria-busy="true" />
      )}
    </Dialog>
  );
}
