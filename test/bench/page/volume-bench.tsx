import { useEffect, useState } from 'react';
import { createKonanClient } from '../../../src/client';
import type { KonanClient } from '../../../src/client/client-interface';
import type { KonanTimeWindow } from '../../../src/client/data-types';
import { createKonanEmulator } from '../../../src/emulator';
import { KonanProvider, usePredictionVolume } from '../../../src/react';
import { widePredictions } from '../data/wide-predictions';
import type { VolumeFigures, VolumeVariant } from './bench-api';
import { mountTimed, unmount } from './mount-timed';
import { watchLongTasks } from './settle';
import { wideListingFetch } from './wide-listing';

const HOUR_MS = 3_600_000;
const LIMIT_MS = 120_000;

function Counted({ total }: { total: number | undefined }) {
  return total === undefined ? <p>Counting</p> : <p data-total={total}>{total} predictions</p>;
}

/** Ready when every hour has its count and its feedback coverage: what the chart draws. */
function HookVolume({ deployment, window }: { deployment: string; window: KonanTimeWindow }) {
  const volume = usePredictionVolume(deployment, window);
  const ready =
    volume.status === 'success' && volume.buckets.every((bucket) => bucket.coverage !== undefined);
  return <Counted total={ready ? volume.total : undefined} />;
}

/**
 * The baseline: every page of the window read in turn, each prediction counted in its UTC hour
 * by `created_at`, with exact coverage (what an app without the hook would write).
 */
function PagedVolume({
  client,
  deployment,
  window,
}: {
  client: KonanClient;
  deployment: string;
  window: KonanTimeWindow;
}) {
  const [total, setTotal] = useState<number>();
  useEffect(() => {
    let live = true;
    void (async () => {
      const hours = new Map<number, { count: number; withFeedback: number }>();
      for await (const page of client.predictions(deployment, window)) {
        for (const prediction of page.predictions) {
          const hour = Math.floor((prediction.createdAt?.getTime() ?? 0) / HOUR_MS);
          const bucket = hours.get(hour) ?? { count: 0, withFeedback: 0 };
          bucket.count++;
          if (prediction.feedback !== undefined) bucket.withFeedback++;
          hours.set(hour, bucket);
        }
      }
      let sum = 0;
      for (const bucket of hours.values()) sum += bucket.count;
      if (live) setTotal(sum);
    })();
    return () => {
      live = false;
    };
  }, [client, deployment, window]);
  return <Counted total={total} />;
}

/**
 * Prediction volume per hour over the last 24 hours, a window holding `total` predictions with
 * 10 features, served in pages of 100 from the page itself. `konan`: `usePredictionVolume` (one
 * count request per hour, coverage from sampled pages); `pages`: every page read and counted.
 */
export async function volumeBench(variant: VolumeVariant, total: number): Promise<VolumeFigures> {
  const end = Date.now();
  const window = { start: new Date(end - 24 * HOUR_MS), end: new Date(end) };
  const predictions = widePredictions(total, 5, {
    window: { start: window.start.getTime(), end },
  });
  const emulator = createKonanEmulator({ predictionsPerDeployment: 0 });
  const deployment = emulator.demo.classifier;
  let requests = 0;
  const listing = wideListingFetch(deployment, predictions, emulator.fetch);
  const client = createKonanClient({
    fetch: (input, init) => {
      requests++;
      return listing(input, init);
    },
  });
  await client.login({ email: emulator.account.email, password: emulator.account.password });
  requests = 0;
  const longTasks = await watchLongTasks();
  const mounted = await mountTimed(
    'volume',
    variant === 'konan' ? (
      <KonanProvider client={client}>
        <HookVolume deployment={deployment} window={window} />
      </KonanProvider>
    ) : (
      <PagedVolume client={client} deployment={deployment} window={window} />
    ),
    (host) => host.querySelector('[data-total]') !== null,
    LIMIT_MS,
  );
  const counted = Number(mounted.host.querySelector('[data-total]')?.getAttribute('data-total'));
  unmount(mounted);
  return { wallMs: mounted.ms, ...(await longTasks.stop()), requests, counted };
}
