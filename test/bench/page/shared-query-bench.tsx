import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createKonanClient } from '../../../src/client';
import type { KonanClient } from '../../../src/client/client-interface';
import type { KonanModel } from '../../../src/client/data-types';
import { createKonanEmulator } from '../../../src/emulator';
import { KonanProvider, useModels } from '../../../src/react';
import type { QueryVariant, SharedQueryFigures } from './bench-api';
import { afterPaint, endTimed, mountHost, startTimed, waitFor } from './settle';

const LIMIT_MS = 30_000;

function ModelsCount({ models }: { models: KonanModel[] | undefined }) {
  return models ? <p data-loaded="">{models.length} models</p> : <p>Loading</p>;
}

function CachedModels({ deployment }: { deployment: string }) {
  return <ModelsCount models={useModels(deployment).data} />;
}

/** The baseline: what a component without a shared cache does, one fetch per mount. */
function UncachedModels({ client, deployment }: { client: KonanClient; deployment: string }) {
  const [models, setModels] = useState<KonanModel[]>();
  useEffect(() => {
    let live = true;
    void client.listModels(deployment).then((list) => {
      if (live) setModels(list);
    });
    return () => {
      live = false;
    };
  }, [client, deployment]);
  return <ModelsCount models={models} />;
}

/**
 * `components` components mount at once and read the same deployment's models: first in the
 * fresh page, where the time is mostly the browser compiling code that runs for the first time
 * (React Query's above all), then again once both variants have run in the page, as in a dashboard
 * already in use. The requests are those of the first run.
 */
export async function sharedQueryBench(
  variant: QueryVariant,
  components: number,
): Promise<SharedQueryFigures> {
  const fresh = await mountModels(variant, components);
  await mountModels(variant === 'konan' ? 'naive' : 'konan', components);
  const again = await mountModels(variant, components);
  return { ...fresh, freshShownMs: fresh.allShownMs, allShownMs: again.allShownMs };
}

async function mountModels(
  variant: QueryVariant,
  components: number,
): Promise<Omit<SharedQueryFigures, 'freshShownMs'>> {
  const emulator = createKonanEmulator();
  const client = createKonanClient({ fetch: emulator.fetch });
  await client.login({ email: emulator.account.email, password: emulator.account.password });
  emulator.clearRequests();
  const deployment = emulator.demo.classifier;
  const host = mountHost();
  const root = createRoot(host);
  const keys = Array.from({ length: components }, (_, i) => `probe-${i}`);

  const start = await startTimed('all-shown');
  root.render(
    variant === 'konan' ? (
      <KonanProvider client={client}>
        {keys.map((key) => (
          <CachedModels key={key} deployment={deployment} />
        ))}
      </KonanProvider>
    ) : (
      keys.map((key) => <UncachedModels key={key} client={client} deployment={deployment} />)
    ),
  );
  const shown = await waitFor(
    host,
    () => host.querySelectorAll('[data-loaded]').length === components,
    LIMIT_MS,
  );
  await afterPaint();
  const shownMs = await endTimed('all-shown', start);
  const allShownMs = shown ? shownMs : null;
  const figures = {
    components,
    requests: emulator.countRequests({ method: 'GET', path: /\/models\/$/ }),
    allRequests: emulator.countRequests(),
    allShownMs,
  };
  root.unmount();
  host.remove();
  return figures;
}
