import { useState } from 'react';
import { useFocusFirstInvalid } from './use-focus-first-invalid.js';

/** What a form's check answers: passed (with what to send), or one message per bad field. */
export type FormCheck<F extends string> =
  | { ok: true }
  | { ok: false; errors: Partial<Record<F, string>> };

/**
 * A form's field messages and what a submit does with a check: `passed(check)` clears the
 * messages when it passed, or shows them and moves focus to the first invalid field.
 */
export function useFormCheck<F extends string>() {
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const passed = <C extends FormCheck<F>>(check: C): check is Extract<C, { ok: true }> => {
    const result: FormCheck<F> = check;
    if (result.ok) {
      setErrors({});
      return true;
    }
    setErrors(result.errors);
    focusFirstInvalid();
    return false;
  };
  return { formRef, errors, setErrors, passed, focusFirstInvalid };
}
