import * as z from 'zod/mini';

/** Any JSON value: a model's input, output, features or a feedback target. */
export type KonanJson =
  | string
  | number
  | boolean
  | null
  | KonanJson[]
  | { [key: string]: KonanJson };

/**
 * A JSON value that must be present. Bodies are decoded with `JSON.parse`, so whatever is present
 * is JSON already: walking it again (a recursive union) would only cost bytes and time.
 */
export const json = z.custom<KonanJson>((value) => value !== undefined, {
  error: 'Required: a JSON value',
});

/**
 * A JSON object (`{…}`, not an array or null) of JSON values. Its values are present by
 * construction (see `json`), so only the object itself is checked.
 */
export const jsonObject = z.custom<{ [key: string]: KonanJson }>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  { error: 'Expected a JSON object' },
);

/** An ISO 8601 timestamp on the wire, a `Date` in the domain. */
export const isoDate = z.pipe(
  z.string(),
  z.transform((value, ctx) => {
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) {
      ctx.issues.push({
        code: 'custom',
        message: `Not an ISO 8601 date: "${value}"`,
        input: value,
      });
      return z.NEVER;
    }
    return date;
  }),
);

/**
 * An open enumeration: the known values are offered for autocompletion, and an unknown value
 * from a newer server is kept as it came instead of failing validation.
 */
export function openEnum<const T extends readonly [string, ...string[]]>(_known: T) {
  return z.string() as unknown as z.ZodMiniType<T[number] | (string & {})>;
}

/** A page of a paginated listing, as every paginated endpoint answers. */
export const pageEnvelope = {
  count: z.number(),
  next: z.nullable(z.string()),
  previous: z.nullable(z.string()),
};
