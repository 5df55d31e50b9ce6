import type { ChangeEvent } from 'react';

/** What a `TextField` takes from its form's state: the value, the change and the message. */
export interface BoundTextField {
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  error: string | undefined;
}

/**
 * Ties each text field of a form to the form's state: `<TextField {...field('email')} />` shows
 * the field's value and message and reports what is typed to `onChange`.
 */
export function bindTextFields<F extends string>(
  values: Readonly<Record<F, string>>,
  errorOf: (field: F) => string | undefined,
  onChange: (field: F, value: string) => void,
): (field: F) => BoundTextField {
  return (field) => ({
    value: values[field],
    onChange: (event) => onChange(field, event.target.value),
    error: errorOf(field),
  });
}
