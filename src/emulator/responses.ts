const JSON_HEADERS = { 'Content-Type': 'application/json' };

export function json(body: unknown, status = 200, headers?: Record<string, string>): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...headers } });
}

/** An error answer in the server's shape: `{detail: "..."}`. */
export function detail(status: number, message: string): Response {
  return json({ detail: message }, status);
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/** A raw body: a string is sent as is (e.g. malformed JSON), anything else as JSON. */
export function raw(
  status: number,
  body: unknown,
  headers: Record<string, string> | undefined,
): Response {
  if (status === 204 || status === 304 || body === undefined) {
    return new Response(null, { status, headers });
  }
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return new Response(text, { status, headers: { ...JSON_HEADERS, ...headers } });
}
