import * as z from 'zod/mini';

/** POST /api/auth/login/ and /api/auth/api_key/ answer both tokens. */
export const tokensSchema = z.object({ access: z.string(), refresh: z.string() });
export type KonanTokens = z.infer<typeof tokensSchema>;

/** POST /api/auth/token/refresh/ answers a new access token only. */
export const refreshResponseSchema = z.object({ access: z.string() });

/**
 * A JWT time claim (Unix seconds) that a `Date` can hold: beyond ±8.64e12 s, `new Date()` gives
 * an Invalid Date whose `toISOString()` throws in the app.
 */
const OUT_OF_RANGE = { error: 'expected a Unix time in seconds, got one beyond any date' };
const unixSeconds = z.number().check(z.gte(-8.64e12, OUT_OF_RANGE), z.lte(8.64e12, OUT_OF_RANGE));

/** The claims clients read from the access token (decoded, never verified, per the contract). */
export const accessClaimsSchema = z.pipe(
  z.object({
    email: z.string(),
    first_name: z.optional(z.string()),
    last_name: z.optional(z.string()),
    organization_id: z.optional(z.union([z.string(), z.number()])),
    exp: unixSeconds,
  }),
  z.transform((c) => ({
    email: c.email,
    firstName: c.first_name ?? '',
    lastName: c.last_name ?? '',
    organizationId: c.organization_id === undefined ? '' : String(c.organization_id),
    expiresAt: new Date(c.exp * 1000),
  })),
);
/** The signed-in user, read from the access token's claims. */
export type KonanUser = z.output<typeof accessClaimsSchema>;

export const refreshClaimsSchema = z.object({ exp: unixSeconds });

/**
 * **inferred**: the contract lists no `iat` claim. When a token carries one, it is the server's
 * clock at the time of issue.
 */
export const issuedAtClaimSchema = z.object({ iat: unixSeconds });
