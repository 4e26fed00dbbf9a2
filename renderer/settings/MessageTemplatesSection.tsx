import { Mail } from 'lucide-react';
import { useData } from '../api/data';
import { MessageTemplateEditor } from './MessageTemplateEditor';
import { SettingsCard } from './SettingsCard';

const recipients = { candidate: 'To the candidate', contact: 'To the client’s contact' } as const;

/** The wording of the messages written from a record: each editable, each back to Shortlist's with one click. */
export function MessageTemplatesSection() {
  const { data: templates, error } = useData('templates.list', {});
  return (
    <SettingsCard
      id="templates-heading"
      icon={Mail}
      title="Message templates"
      lead="“Write message” on a submission, job or client starts from these. Fields in double braces are filled from the record."
      error={error}
    >
      {templates && (
        <ul className="settings-templates">
          {templates.map((template) => (
            <li key={template.id}>
              <details className="settings-template">
                <summary>
                  <span className="settings-template-name">{template.name}</span>
                  <span className="muted">{recipients[template.to]}</span>
                  {!template.isDefault && <span className="badge badge--edited">Edited</span>}
                </summary>
                {/* A reset brings new wording: the form starts again from it. */}
                <MessageTemplateEditor key={`${template.subject}\n${template.body}`} template={template} />
              </details>
            </li>
          ))}
        </ul>
      )}
    </SettingsCard>
  );
}
