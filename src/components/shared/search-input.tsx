import type { InputHTMLAttributes } from 'react';

export interface SearchInputProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'onChange' | 'className'> {
  value: string;
  /** The text typed so far. */
  onSearch: (value: string) => void;
}

/**
 * A search box. It searches names, identifiers and log text, not prose: no autocomplete, no
 * spell check. Label it (a `<label htmlFor>` or `aria-label`).
 */
export function SearchInput({ value, onSearch, ...input }: SearchInputProps) {
  return (
    <input
      autoComplete="off"
      spellCheck={false}
      {...input}
      type="search"
      className="konan-input"
      value={value}
      onChange={(event) => onSearch(event.target.value)}
    />
  );
}
