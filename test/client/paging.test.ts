import { QueryClient } from '@tanstack/react-query';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  isKonanPageLimitError,
  isKonanValidationError,
  KONAN_MAX_PAGES,
  type KonanClient,
} from '../../src/client';
import { konanQueries } from '../../src/react';
import { API, lastDays, setupEmulator } from './harness';
import { rejection } from './no-secrets';

const { emulator, server, loggedIn } = setupEmulator({ predictionsPerDeployment: 10 });

/** Page n of an endless listing: its `next` is always a new URL (until `stopAfter`, a safety net). */
function endlessPages(path: string, results: unknown, stopAfter = 100) {
  let served = 0;
  server.use(
    http.get(`${API}${path}`, ({ request }) => {
      served++;
      const page = Number(new URL(request.url).searchParams.get('page') ?? '1');
      const next =
        served >= stopAfter ? null : `${API}${path.replace(':dep', 'x')}?page=${page + 1}`;
      return HttpResponse.json({ count: 1, next, previous: null, results });
    }),
  );
  return () => served;
}

/** A listing whose second page points back to itself. */
function loopingPages(path: string, results: unknown) {
  const url = (page: number) => `${API}${path.replace(':dep', 'x')}?page=${page}`;
  server.use(
    http.get(`${API}${path}`, ({ request }) => {
      const page = new URL(request.url).searchParams.get('page');
      return HttpResponse.json({
        count: 1,
        next: url(page === null ? 2 : 2),
        previous: null,
        results,
      });
    }),
  );
}

const allDeployments = (client: KonanClient) =>
  new QueryClient().fetchQuery(konanQueries.deployments(client));

async function readAll(client: KonanClient, options?: { maxPages?: number }) {
  let pages = 0;
  for await (const _ of client.predictions(emulator.demo.classifier, lastDays(), options)) pages++;
  return pages;
}

describe('paging', () => {
  it('refuses a deployments listing whose next points back to a page already read', async () => {
    loopingPages('/deployments/', []);
    const error = await rejection(allDeployments(await loggedIn()));
    expect(isKonanValidationError(error) && error.path).toBe('next');
  });

  it('refuses a predictions walk whose next points back to a page already read', async () => {
    loopingPages('/deployments/:dep/predictions/', { outputs: [] });
    const error = await rejection(readAll(await loggedIn()));
    expect(isKonanValidationError(error) && error.path).toBe('next');
  });

  it(`stops an endless deployments listing after ${KONAN_MAX_PAGES} pages with a typed error`, async () => {
    // Served by a plain fetch rather than MSW, so a thousand pages take a second or two.
    let served = 0;
    const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      if (!request.url.startsWith(`${API}/deployments/`)) return emulator.fetch(request);
      served++;
      const next = `${API}/deployments/?page=${served + 1}`;
      return Response.json({ count: 1, next, previous: null, results: [] });
    };
    const error = await rejection(allDeployments(await loggedIn({ fetch })));
    expect(isKonanPageLimitError(error) && error.maxPages).toBe(KONAN_MAX_PAGES);
    expect((error as Error).message).toMatch(/1000 pages/);
    expect(served).toBe(KONAN_MAX_PAGES);
  });

  it('stops an endless predictions walk at maxPages, a per-call option', async () => {
    const served = endlessPages('/deployments/:dep/predictions/', { outputs: [] });
    const client = await loggedIn();
    const error = await rejection(readAll(client, { maxPages: 5 }));
    expect(isKonanPageLimitError(error) && error.maxPages).toBe(5);
    expect(served()).toBe(5);
  });

  it('reads a listing of exactly maxPages pages without complaint', async () => {
    endlessPages('/deployments/:dep/predictions/', { outputs: [] }, 3);
    expect(await readAll(await loggedIn(), { maxPages: 3 })).toBe(3);
  });
});
