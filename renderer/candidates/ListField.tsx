import { Plus, X } from 'lucide-react';
import type { InputHTMLAttributes } from 'react';
import { IconButton } from '../ui/Button';
import { errorIdFor } from '../ui/useForm';
import { newRow, pathOfRow, type ListName, type Row } from './candidateDraft';
import type { CandidateForm } from './useCandidateForm';

/** The contract takes at most ten of each. */
const MAX_ROWS = 10;

interface ListFieldProps {
  form: CandidateForm;
  name: ListName;
  /** The legend, e.g. "Emails". */
  label: string;
  /** One of them, e.g. "Email": the first box's label; the next are "Email 2", "Email 3". */
  noun: string;
  className?: string;
  input: InputHTMLAttributes<HTMLInputElement>;
}

/** Focuses a box once React has drawn it, so adding or removing keeps the keyboard in the list. */
function focusSoon(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/** Several values of one kind (emails, phones, links): a box each, one more on demand. */
export function ListField({ form, name, label, noun, className, input }: ListFieldProps) {
  const rows = form.draft[name];
  const idOf = (row: Row) => `candidate-${name}-${row.key}`;
  const set = (next: Row[]) => form.update({ [name]: next });

  function add() {
    const row = newRow();
    set([...rows, row]);
    focusSoon(idOf(row));
  }

  function remove(index: number) {
    const next = rows.filter((_, i) => i !== index);
    set(next);
    focusSoon(idOf(next[Math.min(index, next.length - 1)]!));
  }

  return (
    <fieldset className={['fieldset list-field', className].filter(Boolean).join(' ')}>
      <legend className="field-label">{label}</legend>
      {rows.map((row, i) => {
        const id = idOf(row);
        const path = pathOfRow(rows, i, name);
        const error = path ? form.errorFor(path) : undefined;
        const rowLabel = i === 0 ? noun : `${noun} ${i + 1}`;
        return (
          <div key={row.key} className="list-field-item">
            <div className="list-field-row">
              <input
                id={id}
                className="input"
                aria-label={rowLabel}
                autoComplete="off"
                spellCheck={false}
                {...input}
                value={row.value}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorIdFor(id) : undefined}
                onChange={(e) => set(rows.map((r) => (r.key === row.key ? { ...r, value: e.target.value } : r)))}
              />
              {rows.length > 1 && <IconButton icon={X} label={`Remove ${rowLabel.toLowerCase()}`} onClick={() => remove(i)} />}
            </div>
            {error && (
              <p className="field-error" id={errorIdFor(id)}>
                {error}
              </p>
            )}
          </div>
        );
      })}
      {rows.length < MAX_ROWS && (
        <button type="button" className="add-row" onClick={add}>
          <Plus size={13} aria-hidden />
          Add another {noun.toLowerCase()}
        </button>
      )}
    </fieldset>
  );
}
