import type { InputHTMLAttributes, ReactNode } from 'react';
import { FormField } from './form-field.js';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: ReactNode;
  hint?: ReactNode;
  /** The validation message; marks the input invalid and is read with it. */
  error?: string | undefined;
}

/** A labelled input whose hint and error are tied to it with `aria-describedby`. */
export function TextField({ label, hint, error, className, ...input }: TextFieldProps) {
  return (
    <FormField label={label} hint={hint} error={error} className={className}>
      {(control) => <input {...input} {...control} className="konan-input" />}
    </FormField>
  );
}
