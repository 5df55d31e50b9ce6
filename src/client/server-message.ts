const MAX_LENGTH = 500;

const clip = (text: string): string =>
  text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH)}…` : text;

/** Django REST field errors: `{"name": ["This field is required."]}`. */
function fieldErrors(body: Record<string, unknown>): string | undefined {
  const parts: string[] = [];
  for (const [field, value] of Object.entries(body)) {
    const messages = Array.isArray(value) ? value : [value];
    const texts = messages.filter((m): m is string => typeof m === 'string');
    if (texts.length === 0) continue;
    parts.push(field === 'non_field_errors' ? texts.join(' ') : `${field}: ${texts.join(' ')}`);
  }
  return parts.length > 0 ? parts.join('; ') : undefined;
}

/**
 * The server's own explanation of an error response: the `detail`, `message` or `error` field of
 * a JSON body, field errors, or a short plain-text body. Returned as plain text, never markup.
 */
export function serverMessage(data: unknown): string | undefined {
  if (typeof data === 'string') {
    const text = data.trim();
    return text === '' || text.startsWith('<') ? undefined : clip(text);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const body = data as Record<string, unknown>;
  for (const key of ['detail', 'message', 'error']) {
    const value = body[key];
    if (typeof value === 'string' && value.trim() !== '') return clip(value.trim());
  }
  const fields = fieldErrors(body);
  return fields === undefined ? undefined : clip(fields);
}
