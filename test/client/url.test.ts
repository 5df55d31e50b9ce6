import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isKonanInputError } from '../../src/client';
import { joinUrl, segment } from '../../src/client/url';

const bases = ['https://api.konan.ai', 'https://konan.example.com/konan/'].map((b) => new URL(b));
const endpoints = [
  (id: string) => `/deployments/${id}/`,
  (id: string) => `/deployments/${id}/predict/`,
  (id: string) => `/deployments/${id}/predictions/feedback/`,
  (id: string) => `/deployments/models/${id}/`,
  (id: string) => `/deployments/models/${id}/switch/`,
];

/** Strings likely to break a path: dots, separators, encoded dots, whitespace, broken UTF-16. */
const tricky = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc
    .array(
      fc.constantFrom(
        '.',
        '..',
        '/',
        '\\',
        '%2e',
        '%2E',
        '%2f',
        '?',
        '#',
        ' ',
        '\t',
        '\uD800',
        'a',
      ),
      { maxLength: 6 },
    )
    .map((parts) => parts.join('')),
);

describe('path segments for ids', () => {
  it('keep any id inside its endpoint path as one segment, or refuse it with KonanInputError', () => {
    fc.assert(
      fc.property(
        tricky,
        fc.constantFrom(...bases),
        fc.constantFrom(...endpoints),
        (id, base, endpoint) => {
          let piece: string;
          try {
            piece = segment('deploymentUuid', id);
          } catch (error) {
            expect(isKonanInputError(error) && error.field).toBe('deploymentUuid');
            return;
          }
          const prefix = base.pathname.replace(/\/+$/, '');
          // What fetch requests: the URL after the WHATWG parser resolved dots and escapes.
          const sent = new URL(joinUrl(base, endpoint(piece)));
          expect(sent.origin).toBe(base.origin);
          expect(sent.pathname).toBe(`${prefix}${endpoint(piece)}`);
          expect(piece).not.toMatch(/[/\\?#]/);
          expect(decodeURIComponent(piece)).toBe(id.trim());
        },
      ),
      { numRuns: 500 },
    );
  });

  it.each(['.', '..', ' . ', '', '  ', '\uD800'])('refuses %j, naming the field', (id) => {
    expect(() => segment('modelUuid', id)).toThrow(
      expect.objectContaining({ code: 'input', field: 'modelUuid' }),
    );
  });
});
