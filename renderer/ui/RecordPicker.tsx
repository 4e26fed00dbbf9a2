import type { LucideIcon } from 'lucide-react';
import { useState, type KeyboardEvent } from 'react';

export interface PickerOption<T> {
  key: string;
  value: T;
  name: string;
  /** What it is, in a few words, after its name. */
  detail: string | null;
  icon?: LucideIcon;
}

interface RecordPickerProps<T> {
  /** The input's id, for its label; the list's and options' ids follow from it. */
  id: string;
  placeholder: string;
  query: string;
  onQuery: (query: string) => void;
  options: readonly PickerOption<T>[];
  onChoose: (value: T) => void;
  listLabel: string;
}

/** A box to type in and the records found under it, chosen by arrow keys and Enter or a click. */
export function RecordPicker<T>({ id, placeholder, query, onQuery, options, onChoose, listLabel }: RecordPickerProps<T>) {
  const [active, setActive] = useState(0);
  const current = Math.min(active, options.length - 1);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (options.length > 0) setActive((current + (event.key === 'ArrowDown' ? 1 : -1) + options.length) % options.length);
    } else if (event.key === 'Enter' && options[current]) {
      // Enter picks the record here; it must not submit a form around it.
      event.preventDefault();
      onChoose(options[current].value);
    }
  }

  return (
    <>
      <input
        id={id}
        className="input"
        role="combobox"
        aria-expanded={options.length > 0}
        aria-controls={`${id}-list`}
        aria-activedescendant={options.length > 0 ? `${id}-option-${current}` : undefined}
        autoComplete="off"
        placeholder={placeholder}
        value={query}
        onChange={(e) => {
          onQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {options.length > 0 && (
        <ul className="record-picker-list" id={`${id}-list`} role="listbox" aria-label={listLabel}>
          {options.map(({ key, value, name, detail, icon: Icon }, i) => (
            <li
              key={key}
              id={`${id}-option-${i}`}
              role="option"
              aria-selected={i === current}
              className="record-picker-option"
              // Chosen on press, before the box loses focus.
              onMouseDown={(e) => {
                e.preventDefault();
                onChoose(value);
              }}
            >
              {Icon && <Icon size={14} aria-hidden className="linked-record-icon" />}
              <span className="truncate">{name}</span>
              {detail && <span className="linked-record-kind truncate">{detail}</span>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
