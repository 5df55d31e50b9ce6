// Checks for what users type in the forms, as plain functions: a schema library's checks would
// add several kB to the bundle for a handful of rules.

/** One rule of a field: its message when the value breaks it, `undefined` when it holds. */
export type FieldRule = (value: string) => string | undefined;

/** Not empty. Trim the value first where blanks count as nothing typed. */
export const required =
  (message: string): FieldRule =>
  (value) =>
    value === '' ? message : undefined;

/** At most `max` characters, counted in code points: an emoji is one, not two as in `length`. */
export const maxLength =
  (max: number, message: string): FieldRule =>
  (value) =>
    value.length > max && [...value].length > max ? message : undefined;

/** Matches `pattern`; anchor it (`^…$`) to test the whole value. */
export const matches =
  (pattern: RegExp, message: string): FieldRule =>
  (value) => {
    pattern.lastIndex = 0; // a `g` or `y` pattern would otherwise start where it last stopped
    return pattern.test(value) ? undefined : message;
  };

/** Digits only (no sign, point, exponent or blanks) whose number is from `min` to `max`. */
export const intInRange =
  (min: number, max: number, message: string): FieldRule =>
  (value) => {
    const number = Number(value);
    return /^\d+$/.test(value) && number >= min && number <= max ? undefined : message;
  };

/** The message of the first rule `value` breaks, in order, or `undefined` when all hold. */
export function firstError(value: string, rules: readonly FieldRule[]): string | undefined {
  for (const rule of rules) {
    const message = rule(value);
    if (message !== undefined) return message;
  }
  return undefined;
}

/** The fields that have a message (in the given order), or `undefined` when none has. */
export function fieldErrors<F extends string>(
  messages: Partial<Record<F, string | undefined>>,
): Partial<Record<F, string>> | undefined {
  const errors: Partial<Record<F, string>> = {};
  let any = false;
  for (const field in messages) {
    const message = messages[field];
    if (message === undefined) continue;
    errors[field] = message;
    any = true;
  }
  return any ? errors : undefined;
}
