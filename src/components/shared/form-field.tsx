import { type ReactNode, useId } from 'react';

/** What ties a control to its label, hint and message. */
export interface FormFieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export interface FormFieldProps {
  label: ReactNode;
  hint?: ReactNode;
  /** The validation message; marks the control invalid and is read with it. */
  error?: string | undefined;
  /** Announce the message as soon as it shows (`role="alert"`), for a field checked on submit. */
  announceError?: boolean | undefined;
  className?: string | undefined;
  /** The control (an input, textarea or select), given the props that tie it to the field. */
  children: (control: FormFieldControlProps) => ReactNode;
}

/** A label, one control, and its hint and message, tied to it with `aria-describedby`. */
export function FormField({
  label,
  hint,
  error,
  announceError = false,
  className,
  children,
}: FormFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={className ? `konan-field ${className}` : 'konan-field'}>
      <label className="konan-label" htmlFor={id}>
        {label}
      </label>
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
      })}
      {hint ? (
        <span id={hintId} className="konan-hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={errorId} className="konan-field-error" role={announceError ? 'alert' : undefined}>
          {error}
        </span>
      ) : null}
    </div>
  );
}
