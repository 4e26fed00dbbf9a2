import { X } from 'lucide-react';
import { useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { Field } from './Field';
import { errorIdFor } from './useForm';

interface TagInputProps {
  id: string;
  label: string;
  values: string[];
  onChange: (values: string[]) => void;
  placeholder?: string;
  hint?: string;
  error?: string;
}

/** Adds each phrase once, whatever its case, so "go" and "Go" are one skill. */
function withAdded(values: string[], phrases: string[]): string[] {
  const next = [...values];
  for (const raw of phrases) {
    const phrase = raw.trim();
    if (phrase && !next.some((v) => v.toLowerCase() === phrase.toLowerCase())) next.push(phrase);
  }
  return next;
}

/**
 * Short phrases (skills, words) as removable tags: type and press Enter or a comma to add,
 * Backspace in the empty box takes the last one back; pasting a list adds each item.
 */
export function TagInput({ id, label, values, onChange, placeholder, hint, error }: TagInputProps) {
  const [text, setText] = useState('');
  const hintId = `${id}-hint`;

  function commit() {
    if (text.trim()) onChange(withAdded(values, [text]));
    setText('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' || event.key === ',') {
      // Enter adds a tag here; it must never submit the whole form.
      event.preventDefault();
      commit();
    } else if (event.key === 'Backspace' && text === '' && values.length > 0) {
      event.preventDefault();
      onChange(values.slice(0, -1));
    }
  }

  function onPaste(event: ClipboardEvent<HTMLInputElement>) {
    const pasted = event.clipboardData.getData('text');
    if (!/[,\n;]/.test(pasted)) return;
    event.preventDefault();
    onChange(withAdded(values, `${text}${pasted}`.split(/[,\n;]/)));
    setText('');
  }

  return (
    <Field label={label} controlId={id} error={error} hint={hint}>
      <div className={error ? 'tag-input tag-input--invalid' : 'tag-input'}>
        {values.length > 0 && (
          <ul className="tags" aria-label={label}>
            {values.map((value) => (
              <li key={value} className="tag tag--removable">
                <span>{value}</span>
                <button
                  type="button"
                  className="tag-remove"
                  aria-label={`Remove ${value}`}
                  onClick={() => onChange(values.filter((v) => v !== value))}
                >
                  <X size={12} strokeWidth={2.5} aria-hidden />
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          id={id}
          className="tag-input-box"
          value={text}
          placeholder={values.length ? 'Add another…' : placeholder}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorIdFor(id) : hint ? hintId : undefined}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          // A phrase typed but not yet added still counts when the recruiter moves on.
          onBlur={commit}
        />
      </div>
    </Field>
  );
}
