import { Search, X } from 'lucide-react';

interface SearchBoxProps {
  id: string;
  label: string;
  placeholder: string;
  value: string;
  onChange(value: string): void;
  /** ↓ leaves the box for the first result. */
  onArrowDown(): void;
}

/** A list's filter-as-you-type box: Esc clears it, ↓ goes to the list, "/" is its shortcut. */
export function SearchBox({ id, label, placeholder, value, onChange, onArrowDown }: SearchBoxProps) {
  return (
    <div className="search">
      <Search size={15} className="search-icon" aria-hidden />
      <input
        id={id}
        type="search"
        className="input search-input"
        aria-label={label}
        placeholder={placeholder}
        value={value}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            onArrowDown();
          } else if (e.key === 'Escape' && value) {
            onChange('');
          }
        }}
      />
      {value ? (
        <button type="button" className="icon-button search-clear" aria-label="Clear search" onClick={() => onChange('')}>
          <X size={14} aria-hidden />
        </button>
      ) : (
        <kbd className="kbd search-kbd" aria-hidden>
          /
        </kbd>
      )}
    </div>
  );
}
