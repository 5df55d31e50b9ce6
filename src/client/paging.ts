import { KonanPageLimitError, KonanValidationError } from './errors.js';
import { requireCount } from './validate-input.js';

/**
 * Most pages one listing call reads before it gives up with `KonanPageLimitError`. A server whose
 * `next` links never end (each one new) would otherwise be followed forever; 1,000 pages is far
 * beyond any real listing of deployments, and 100,000 predictions at Konan's page size of 100.
 */
export const KONAN_MAX_PAGES = 1_000;

export interface KonanPagingOptions {
  /** Most pages read by this call; default `KONAN_MAX_PAGES` (1,000). */
  maxPages?: number;
}

/**
 * Every page of a listing in turn, following `next`. A `next` already read is a broken server
 * (`KonanValidationError`), and more than `maxPages` pages a `KonanPageLimitError`: both before
 * the page is requested.
 */
export async function* followPages<P extends { next: string | null }>(
  firstPage: () => Promise<P>,
  pageAt: (url: string) => Promise<P>,
  maxPages: number = KONAN_MAX_PAGES,
): AsyncGenerator<P, void, undefined> {
  const limit = requireCount('maxPages', maxPages);
  let page = await firstPage();
  yield page;
  const visited = new Set<string>();
  while (page.next) {
    if (visited.has(page.next)) {
      throw new KonanValidationError({
        url: page.next,
        issues: [{ path: 'next', message: 'points back to a page already read' }],
      });
    }
    if (visited.size + 1 >= limit) throw new KonanPageLimitError(limit, page.next);
    visited.add(page.next);
    page = await pageAt(page.next);
    yield page;
  }
}
