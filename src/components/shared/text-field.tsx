import { type InputHTMLAttributes, type ReactNode, useId } from 'react';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: ReactNode;
  hint?: ReactNode;
  /** The validation message; marks the input invalid and is read with it. */
  error?: string | undefined;
}

/** A labelled input whose hint and error are tied to it with `aria-describedby`. */
export function TextField({ label, hint, error, className, ...input }: TextFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className ? `konan-field ${className}` : 'konan-field'}>
      <label className="konan-label" htmlFor={id}>
        {label}
      </label>
      <input
        {...input}
        id={id}
        className="konan-input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      {hint ? (
        <span id={hintId} className="konan-hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={errorId} className="konan-field-error">
          {error}
        </span>
      ) : null}
    </div>
  );
}
