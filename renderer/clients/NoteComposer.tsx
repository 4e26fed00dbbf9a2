import type { Client, Contact } from '../../src/api/clients';
import { NoteAddInput } from '../../src/api/notes';
import { change } from '../api/data';
import { Button } from '../ui/Button';
import { Field } from '../ui/Field';
import { useForm } from '../ui/useForm';
import { setNoteAbout, useClientPage } from './clientPageStore';
import { roles } from './contactRoles';

/** The note form's id is "note", so its body control is "note-body". */
const BODY_ID = 'note-body';

export function focusNoteBox() {
  document.getElementById(BODY_ID)?.focus();
}

interface NoteComposerProps {
  client: Client;
  contacts: Contact[];
}

/** Notes are append-only, so this box only ever adds: the timeline stays a true record. */
export function NoteComposer({ client, contacts }: NoteComposerProps) {
  const noteAbout = useClientPage((s) => s.noteAbout);
  // A contact deleted meanwhile takes its place in the box back to the client.
  const aboutContact = contacts.find((c) => c.id === noteAbout);
  const about = aboutContact ? { kind: 'contact' as const, id: aboutContact.id } : { kind: 'client' as const, id: client.id };

  const form = useForm({
    id: 'note',
    initial: { body: '' },
    schema: NoteAddInput,
    toInput: (draft: { body: string }) => ({ about, body: draft.body }),
    save: async (input) => {
      await change('notes.add', input);
      form.reset();
    },
  });
  const body = form.control('body');

  return (
    <form className="note-composer" noValidate onSubmit={form.onSubmit}>
      <div className="note-about-row">
        <label htmlFor="note-about" className="note-about-label">
          About
        </label>
        <select
          id="note-about"
          className="input select note-about-select"
          value={aboutContact?.id ?? ''}
          onChange={(e) => setNoteAbout(e.target.value || null)}
        >
          <option value="">{client.name}</option>
          {contacts.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} · {roles[c.role].label}
            </option>
          ))}
        </select>
      </div>
      <Field label="New note" controlId={body.id} error={form.errorFor('body')} className="note-field">
        <textarea
          className="input textarea"
          rows={3}
          placeholder={`What happened with ${aboutContact?.name ?? client.name}? A call, a meeting, what you learned…`}
          {...body}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) {
              e.preventDefault();
              e.currentTarget.form?.requestSubmit();
            }
          }}
        />
      </Field>
      <div className="note-composer-footer">
        <span className="hint">Ctrl+Enter to add · notes can’t be edited later</span>
        {form.formError && (
          <p className="form-error" role="alert">
            {form.formError}
          </p>
        )}
        <Button type="submit" variant="primary" disabled={form.saving}>
          {form.saving ? 'Adding…' : 'Add note'}
        </Button>
      </div>
    </form>
  );
}
