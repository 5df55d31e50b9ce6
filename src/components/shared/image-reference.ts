// Docker's reference grammar: [registry[:port]/]path[:tag][@sha256:digest], path lowercase.
const DOMAIN =
  '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?';
const PATH_PART = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const REFERENCE = new RegExp(
  `^(?:${DOMAIN}/)?${PATH_PART}(?:/${PATH_PART})*(?::[\\w][\\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$`,
);

/** What is wrong with an image URL, or `null` when it is a valid Docker image reference. */
export type ImageUrlProblem = 'required' | 'scheme' | 'spaces' | 'invalid';

export function imageUrlProblem(url: string): ImageUrlProblem | null {
  const trimmed = url.trim();
  if (trimmed === '') return 'required';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) return 'scheme';
  if (/\s/.test(trimmed)) return 'spaces';
  if (trimmed.length > 255 || !REFERENCE.test(trimmed)) return 'invalid';
  return null;
}
