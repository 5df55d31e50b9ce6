import { QueryClient } from '@tanstack/react-query';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKonanClient } from '../../src/client';
import { createKonanEmulator } from '../../src/emulator';
import { type KonanKeyScope, konanKeys, konanQueries } from '../../src/react';

const march = {
  start: new Date('2024-03-01T00:00:00.000Z'),
  end: new Date('2024-03-31T00:00:00.000Z'),
};
const alice: KonanKeyScope = { api: 'https://api.konan.ai', user: 'alice@konan.ai' };

describe('konanKeys', () => {
  it('serializes time windows as ISO strings, so equal windows make equal keys', () => {
    const copy = { start: new Date(march.start.getTime()), end: new Date(march.end.getTime()) };
    expect(konanKeys.evaluation(alice, 'dep', copy)).toEqual(
      konanKeys.evaluation(alice, 'dep', march),
    );
    expect(konanKeys.predictions(alice, 'dep', march)).toEqual([
      'konan',
      { api: 'https://api.konan.ai', user: 'alice@konan.ai' },
      'deployment',
      'dep',
      'predictions',
      { start: '2024-03-01T00:00:00.000Z', end: '2024-03-31T00:00:00.000Z' },
    ]);
    expect(JSON.stringify(konanKeys.evaluation(alice, 'dep', march))).not.toBe(
      JSON.stringify(konanKeys.evaluation(alice, 'dep', { ...march, end: new Date() })),
    );
  });

  it('nests every key under its parents, for invalidation by prefix', () => {
    const client = new QueryClient();
    const konan = createKonanClient();
    const scope = konanKeys.scopeOf(konan);
    for (const options of [
      konanQueries.deployments(konan),
      konanQueries.models(konan, 'a'),
      konanQueries.evaluation(konan, 'a', march),
      konanQueries.models(konan, 'b'),
    ]) {
      client.setQueryData(options.queryKey, [] as never);
    }
    client.setQueryData(konanQueries.predictions(konan, 'a', march).queryKey, {
      pages: [],
      pageParams: [],
    });
    const count = (queryKey: readonly unknown[]) =>
      client.getQueryCache().findAll({ queryKey }).length;
    expect(count(konanKeys.all)).toBe(5);
    expect(count(konanKeys.session(scope))).toBe(5);
    expect(count(konanKeys.deployment(scope, 'a'))).toBe(3);
    expect(count(konanKeys.evaluation(scope, 'a'))).toBe(1);
    expect(count(konanKeys.predictions(scope, 'a'))).toBe(1);
    expect(count(konanKeys.deployments(scope))).toBe(1);
  });

  it('scopes the keys of konanQueries to the API and user of the client they are given', async () => {
    const emulator = createKonanEmulator();
    const konan = createKonanClient({
      apiUrl: 'https://konan.example.com/',
      authUrl: 'https://konan.example.com',
      fetch: (input, init) => emulator.handle(new Request(input, init)),
    });
    expect(konanQueries.deployments(konan).queryKey).toEqual([
      'konan',
      { api: 'https://konan.example.com', user: null },
      'deployments',
    ]);
    await konan.login({ apiKey: emulator.account.apiKey });
    expect(konanQueries.models(konan, 'dep').queryKey).toEqual([
      'konan',
      { api: 'https://konan.example.com', user: emulator.account.email },
      'deployment',
      'dep',
      'models',
    ]);
  });

  it("one session's prefix never reaches another session's queries; konanKeys.all reaches all", () => {
    const scopeArb = fc.record({
      api: fc.constantFrom('https://api.konan.ai', 'https://konan.example.com'),
      user: fc.option(fc.constantFrom('alice@konan.ai', 'bob@konan.ai'), { nil: null }),
    });
    fc.assert(
      fc.property(scopeArb, scopeArb, fc.string(), (a, b, uuid) => {
        const client = new QueryClient();
        client.setQueryData(konanKeys.deployments(a), []);
        client.setQueryData(konanKeys.models(a, uuid), []);
        client.setQueryData(konanKeys.evaluation(b, uuid, march), {});
        const count = (queryKey: readonly unknown[]) =>
          client.getQueryCache().findAll({ queryKey }).length;
        const same = a.api === b.api && a.user === b.user;
        expect(count(konanKeys.all)).toBe(3);
        expect(count(konanKeys.session(a))).toBe(same ? 3 : 2);
        expect(count(konanKeys.deployment(b, uuid))).toBe(same ? 2 : 1);
      }),
    );
  });

  it('does not throw on an invalid date: the client reports it when the query runs', () => {
    expect(
      konanKeys.evaluation(alice, 'dep', { start: new Date('nope'), end: march.end })[5],
    ).toEqual({ start: 'Invalid Date', end: '2024-03-31T00:00:00.000Z' });
  });

  it('query options never retry: the client is the one retry layer', () => {
    const konan = createKonanClient();
    expect(konanQueries.deployments(konan).retry).toBe(false);
    expect(konanQueries.models(konan, 'a').retry).toBe(false);
    expect(konanQueries.evaluation(konan, 'a', march).retry).toBe(false);
    expect(konanQueries.predictions(konan, 'a', march).retry).toBe(false);
  });
});
