// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createKonanClient, type KonanPrediction, type KonanTimeWindow } from '../../src/client';
import {
  type KonanCoverageOptions,
  type KonanPredictionVolume,
  type KonanPredictionVolumeOptions,
  type KonanVolumeBucket,
  usePredictionVolume,
} from '../../src/react';
import { relativeTimeWindow } from '../../src/react/query/resolve-time-window';
import { alignToBucket, type KonanBucketUnit } from '../../src/react/series/buckets';
import { lastDays, renderKonan, setupEmulator } from './harness';

vi.setConfig({ testTimeout: 20_000 });
const { emulator, loggedIn } = setupEmulator({ predictionsPerDeployment: 250, pageSize: 5 });
const LISTING = /^\/deployments\/[^/]+\/predictions\/$/;

/** Every prediction of the window, read page by page through a client of its own. */
async function everyPrediction(uuid: string, window: KonanTimeWindow): Promise<KonanPrediction[]> {
  const client = createKonanClient();
  await client.login({ apiKey: emulator.account.apiKey });
  const all: KonanPrediction[] = [];
  for await (const page of client.predictions(uuid, window)) all.push(...page.predictions);
  return all;
}

/** Predictions per bucket start, from their `created_at`: the truth the counts must match. */
function byBucket(predictions: KonanPrediction[], unit: KonanBucketUnit) {
  const groups = new Map<number, KonanPrediction[]>();
  for (const p of predictions) {
    const key = alignToBucket(p.createdAt?.getTime() ?? 0, unit);
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return groups;
}

let latest: KonanPredictionVolume | undefined;
function Volume(props: {
  uuid: string;
  window: KonanTimeWindow;
  options?: KonanPredictionVolumeOptions;
}): ReactNode {
  const volume = usePredictionVolume(props.uuid, props.window, props.options);
  latest = volume;
  return <p data-testid="volume">{volume.status}</p>;
}

const settled = async () => {
  const timeout = { timeout: 10_000 };
  await waitFor(() => expect(screen.getByTestId('volume').textContent).toBe('success'), timeout);
  await waitFor(() => expect(latest?.isFetching).toBe(false), timeout);
  return latest as KonanPredictionVolume;
};

/**
 * The classifier's last 30 days by day with `coverage`, once settled, and each bucket's
 * predictions read page by page (the truth its coverage is checked against).
 */
async function dailyVolume(coverage: KonanCoverageOptions) {
  const window = lastDays(30);
  const uuid = emulator.demo.classifier;
  const truth = byBucket(await everyPrediction(uuid, window), 'day');
  renderKonan(<Volume uuid={uuid} window={window} options={{ coverage }} />, loggedIn);
  const volume = await settled();
  const predictionsOf = (bucket: KonanVolumeBucket) => truth.get(bucket.aligned.getTime()) ?? [];
  return { volume, predictionsOf };
}

describe('usePredictionVolume', () => {
  it('makes one listing request per bucket when coverage is off, and counts what the emulator holds', async () => {
    const window = lastDays(7);
    const uuid = emulator.demo.classifier;
    const truth = byBucket(await everyPrediction(uuid, window), 'day');
    emulator.clearRequests();
    renderKonan(<Volume uuid={uuid} window={window} options={{ coverage: false }} />, loggedIn);
    const volume = await settled();
    expect(volume.unit).toBe('day');
    expect(volume.buckets).toHaveLength(8);
    expect(emulator.countRequests({ method: 'GET', path: LISTING })).toBe(8);
    for (const bucket of volume.buckets) {
      expect(bucket.count).toBe(truth.get(bucket.aligned.getTime())?.length ?? 0);
    }
    expect(volume.total).toBe([...truth.values()].reduce((n, g) => n + g.length, 0));
    expect(volume.total).toBeGreaterThan(0);
  });

  it('reuses the loaded buckets when the window moves by a day', async () => {
    const window = lastDays(7);
    const uuid = emulator.demo.classifier;
    const options = { coverage: false, bucket: 'day' as const };
    const { rerender } = renderKonan(
      <Volume uuid={uuid} window={window} options={options} />,
      loggedIn,
    );
    await settled();
    emulator.clearRequests();
    const moved = {
      start: new Date(window.start.getTime() - 86_400_000),
      end: new Date(window.end.getTime() - 86_400_000),
    };
    rerender(<Volume uuid={uuid} window={moved} options={options} />);
    await settled();
    // New: the new cut first day, the day that becomes whole, and yesterday now cut by the end.
    // The five whole days in both windows come from the cache.
    expect(emulator.countRequests({ method: 'GET', path: LISTING })).toBe(3);
  });

  it('gives exact coverage for small buckets and an estimate, labelled, for large ones', async () => {
    // Pages of 5: a day of at most 5 is exact from its first page, up to 7 by reading its pages,
    // and beyond 7 an estimate from the first page of its one slice (5 predictions).
    const { volume, predictionsOf } = await dailyVolume({ exactUpTo: 7, samplePages: 1 });
    const kinds = new Set<string>();
    for (const bucket of volume.buckets) {
      const predictions = predictionsOf(bucket);
      if (predictions.length === 0) {
        expect(bucket.coverage).toBeNull();
        continue;
      }
      const share = predictions.filter((p) => p.feedback !== undefined).length / predictions.length;
      expect(bucket.coverage).toBeDefined();
      if (predictions.length <= 7) {
        kinds.add('exact');
        expect(bucket.coverage).toEqual({ value: share, exact: true, read: predictions.length });
      } else {
        kinds.add('estimate');
        expect(bucket.coverage?.exact).toBe(false);
        expect(bucket.coverage?.read).toBe(5);
        expect(bucket.coverage?.value).toBeGreaterThanOrEqual(0);
        expect(bucket.coverage?.value).toBeLessThanOrEqual(1);
      }
    }
    expect(kinds).toEqual(new Set(['exact', 'estimate']));
    expect(volume.coverage?.exact).toBe(false);
  });

  it('estimates a large bucket from slices spread over it, exact when the slices hold it all', async () => {
    const { volume, predictionsOf } = await dailyVolume({ exactUpTo: 5, samplePages: 3 });
    for (const bucket of volume.buckets) {
      const predictions = predictionsOf(bucket);
      if (predictions.length <= 5) continue;
      const share = predictions.filter((p) => p.feedback !== undefined).length / predictions.length;
      // Three slices of pages of 5 read up to 15: all of a day of 15 or fewer, and then exact.
      if (bucket.coverage?.exact) {
        expect(bucket.coverage.read).toBe(predictions.length);
        expect(bucket.coverage.value).toBeCloseTo(share, 10);
      } else {
        expect(bucket.coverage?.read).toBeLessThan(predictions.length);
      }
    }
  });

  it('runs at most `concurrency` requests at once', async () => {
    let running = 0;
    let most = 0;
    const original = emulator.handle.bind(emulator);
    const spy = vi.spyOn(emulator, 'handle').mockImplementation(async (request) => {
      if (!LISTING.test(new URL(request.url).pathname)) return original(request);
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      try {
        return await original(request);
      } finally {
        running--;
      }
    });
    renderKonan(
      <Volume uuid={emulator.demo.classifier} window={lastDays(30)} options={{ concurrency: 3 }} />,
      loggedIn,
    );
    await settled();
    spy.mockRestore();
    expect(most).toBeGreaterThan(1);
    expect(most).toBeLessThanOrEqual(3);
  });

  it('reports a partial series when some buckets fail, with the loaded ones kept', async () => {
    emulator.faults.add({ method: 'GET', path: LISTING, status: 400, skip: 2, times: 3 });
    renderKonan(
      <Volume
        uuid={emulator.demo.classifier}
        window={lastDays(7)}
        options={{ coverage: false, concurrency: 1 }}
      />,
      loggedIn,
    );
    const volume = await settled();
    expect(volume.failed).toBeGreaterThan(0);
    expect(volume.failed).toBeLessThan(volume.buckets.length);
    expect(volume.error).not.toBeNull();
    expect(volume.buckets.filter((b) => b.count !== undefined)).toHaveLength(
      volume.buckets.length - volume.failed,
    );
  });

  it('counts a relative window ("the last 7 days", as the picker holds it) once, without refetching on every render', async () => {
    const uuid = emulator.demo.classifier;
    emulator.clearRequests();
    const window = relativeTimeWindow({ days: 7 });
    renderKonan(<Volume uuid={uuid} window={window} options={{ coverage: false }} />, loggedIn);
    const volume = await settled();
    expect(volume.buckets).toHaveLength(8);
    await new Promise((r) => setTimeout(r, 300));
    expect(emulator.countRequests({ method: 'GET', path: LISTING })).toBe(8);
  });
});
