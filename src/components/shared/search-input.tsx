import { type InputHTMLAttributes, useId } from 'react';

export interface SearchInputProps
  extends Omit<
    InputHTMLAttributes<HTMLInputElement>,
    'type' | 'value' | 'onChange' | 'className' | 'id'
  > {
  /** What is searched, e.g. "Search deployments". */
  label: string;
  /** Read by screen readers only (the box's place and placeholder say it to the eye). */
  labelHidden?: boolean;
  value: string;
  /** The text typed so far. */
  onSearch: (value: string) => void;
}

/**
 * A labelled search box. It searches names, identifiers and log text, not prose: no
 * autocomplete, no spell check.
 */
export function SearchInput({
  label,
  labelHidden = false,
  value,
  onSearch,
  ...input
}: SearchInputProps) {
  const id = useId();
  return (
    <>
      <label className={labelHidden ? 'konan-visually-hidden' : 'konan-label'} htmlFor={id}>
        {label}
      </label>
      <input
        autoComplete="off"
        spellCheck={false}
        {...input}
        id={id}
        type="search"
        className="konan-input"
        value={value}
        onChange={(event) => onSearch(event.target.value)}
      />
    </>
  );
}
