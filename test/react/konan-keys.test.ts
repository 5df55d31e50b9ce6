import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { createKonanClient } from '../../src/client';
import { konanKeys, konanQueries } from '../../src/react';

const march = {
  start: new Date('2024-03-01T00:00:00.000Z'),
  end: new Date('2024-03-31T00:00:00.000Z'),
};

describe('konanKeys', () => {
  it('serialises time windows as ISO strings, so equal windows make equal keys', () => {
    const copy = { start: new Date(march.start.getTime()), end: new Date(march.end.getTime()) };
    expect(konanKeys.evaluation('dep', copy)).toEqual(konanKeys.evaluation('dep', march));
    expect(konanKeys.predictions('dep', march)).toEqual([
      'konan',
      'deployment',
      'dep',
      'predictions',
      { start: '2024-03-01T00:00:00.000Z', end: '2024-03-31T00:00:00.000Z' },
    ]);
    expect(JSON.stringify(konanKeys.evaluation('dep', march))).not.toBe(
      JSON.stringify(konanKeys.evaluation('dep', { ...march, end: new Date() })),
    );
  });

  it('nests every key under its parents, for invalidation by prefix', () => {
    const client = new QueryClient();
    const konan = createKonanClient();
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
    expect(count(konanKeys.deployment('a'))).toBe(3);
    expect(count(konanKeys.evaluation('a'))).toBe(1);
    expect(count(konanKeys.predictions('a'))).toBe(1);
    expect(count(konanKeys.deployments())).toBe(1);
  });

  it('does not throw on an invalid date: the client reports it when the query runs', () => {
    expect(konanKeys.evaluation('dep', { start: new Date('nope'), end: march.end })[4]).toEqual({
      start: 'Invalid Date',
      end: '2024-03-31T00:00:00.000Z',
    });
  });

  it('query options never retry: the client is the one retry layer', () => {
    const konan = createKonanClient();
    expect(konanQueries.deployments(konan).retry).toBe(false);
    expect(konanQueries.models(konan, 'a').retry).toBe(false);
    expect(konanQueries.evaluation(konan, 'a', march).retry).toBe(false);
    expect(konanQueries.predictions(konan, 'a', march).retry).toBe(false);
  });
});
