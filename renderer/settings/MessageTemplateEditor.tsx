import { RotateCcw } from 'lucide-react';
import { useRef } from 'react';
import { TemplateSaveInput, templateFields, type MessageTemplate, type TemplateField } from '../../src/api/templates';
import { asApiError, change } from '../api/data';
import { Button, SaveButton } from '../ui/Button';
import { Field, TextField } from '../ui/Field';
import { showToast } from '../ui/toasts';
import { useForm } from '../ui/useForm';

type TemplateDraft = { subject: string; body: string };

async function resetTemplate(template: MessageTemplate) {
  try {
    await change('templates.reset', { id: template.id });
    showToast({ message: `${template.name}: back to Shortlist’s wording` });
  } catch (error) {
    showToast({ message: asApiError(error).message, tone: 'error' });
  }
}

/** A template's subject and body, the fields it may use (a click puts one in the message), save and reset. */
export function MessageTemplateEditor({ template }: { template: MessageTemplate }) {
  const body = useRef<HTMLTextAreaElement>(null);
  const form = useForm({
    id: `template-${template.id}`,
    initial: { subject: template.subject, body: template.body } satisfies TemplateDraft,
    schema: TemplateSaveInput,
    toInput: (draft: TemplateDraft) => ({ id: template.id, ...draft }),
    save: async (input) => {
      await change('templates.save', input);
      showToast({ message: `${template.name} saved` });
    },
  });
  const bodyControl = form.control('body');

  /** Puts {{field}} where the cursor is in the message, and the cursor after it. */
  function insertField(field: TemplateField) {
    const box = body.current;
    if (!box) return;
    const text = `{{${field}}}`;
    const { selectionStart: start, selectionEnd: end, value } = box;
    form.set('body', value.slice(0, start) + text + value.slice(end));
    requestAnimationFrame(() => {
      box.focus();
      box.setSelectionRange(start + text.length, start + text.length);
    });
  }

  const edited = form.draft.subject !== template.subject || form.draft.body !== template.body;
  return (
    <form className="settings-template-form" noValidate onSubmit={form.onSubmit}>
      <TextField form={form} name="subject" label="Subject" required />
      <Field label="Message" controlId={bodyControl.id} required error={form.errorFor('body')}>
        <textarea ref={body} className="input textarea" rows={9} required {...bodyControl} />
      </Field>
      <div className="template-fields">
        <p className="field-label">Fields you can use</p>
        <ul className="template-field-list">
          {(Object.keys(templateFields) as TemplateField[]).map((field) => (
            <li key={field}>
              <button type="button" className="template-field" title={`Put {{${field}}} in the message`} onClick={() => insertField(field)}>
                <code>{`{{${field}}}`}</code>
                <span className="muted">{templateFields[field]}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
      <div className="settings-template-footer">
        {form.formError && (
          <p className="form-error" role="alert">
            {form.formError}
          </p>
        )}
        <Button variant="ghost" icon={RotateCcw} disabled={template.isDefault} onClick={() => void resetTemplate(template)}>
          Reset to default
        </Button>
        <SaveButton saving={form.saving} disabled={!edited}>
          Save template
        </SaveButton>
      </div>
    </form>
  );
}
