import type { Contact } from '../../src/api/clients';
import { roles } from '../clients/contactRoles';

interface ContactChecksProps {
  legend: string;
  contacts: Contact[];
  selected: string[];
  onChange: (ids: string[]) => void;
  error?: string;
  errorId?: string;
  /** Smaller chips, for the interviewers of one stage. */
  compact?: boolean;
  /** Said when the client has nobody to choose. */
  empty: string;
}

/** Some of the client's contacts, each a checkbox with the part they play. */
export function ContactChecks({ legend, contacts, selected, onChange, error, errorId, compact, empty }: ContactChecksProps) {
  const toggle = (id: string, on: boolean) =>
    onChange(on ? contacts.filter((c) => c.id === id || selected.includes(c.id)).map((c) => c.id) : selected.filter((s) => s !== id));
  // Anyone chosen before they were deleted stays chosen, and says so.
  const gone = selected.filter((id) => !contacts.some((c) => c.id === id));
  return (
    <fieldset className="fieldset" aria-describedby={error ? errorId : undefined}>
      <legend className="field-label">{legend}</legend>
      {contacts.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <div className={compact ? 'checks checks--compact' : 'checks'}>
          {contacts.map((contact) => (
            <label key={contact.id} className="check">
              <input
                type="checkbox"
                checked={selected.includes(contact.id)}
                aria-invalid={error ? true : undefined}
                onChange={(e) => toggle(contact.id, e.target.checked)}
              />
              <span className="check-name">{contact.name}</span>
              <span className="check-role">{roles[contact.role].label}</span>
            </label>
          ))}
        </div>
      )}
      {gone.length > 0 && (
        <p className="field-hint">
          Also {gone.length === 1 ? 'one former contact' : `${gone.length} former contacts`}.{' '}
          <button type="button" className="link-button" onClick={() => onChange(selected.filter((id) => !gone.includes(id)))}>
            Remove
          </button>
        </p>
      )}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
