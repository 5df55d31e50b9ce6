import {
  ConnectedDeploymentsList,
  ConnectedLoginForm,
  ConnectedModelsPanel,
  ConnectedPredictionVolumeChart,
  ContainerLogViewer,
  KonanProvider,
} from 'konan-react';
import 'konan-react/styles.css';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

// The test passes the emulator's URL as ?konan=http://127.0.0.1:PORT (auth and API on one origin).
const konanUrl =
  new URLSearchParams(window.location.search).get('konan') ?? 'http://127.0.0.1:4010';

// A long coloured log: the viewer shows its first lines before it has parsed the rest.
const LOG_LINES = 20_000;
const longLog = Array.from(
  { length: LOG_LINES },
  (_, i) => `\u001b[3${(i % 6) + 1}mstep ${i + 1}\u001b[0m of the build`,
).join('\n');

function App() {
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <KonanProvider authUrl={konanUrl} apiUrl={konanUrl}>
      <ConnectedLoginForm>
        <div style={{ display: 'grid', gridTemplateColumns: 'minmax(200px, 1fr) 3fr', gap: 16 }}>
          <ConnectedDeploymentsList selectedUuid={selected} onSelect={setSelected} />
          {selected ? (
            <div style={{ display: 'grid', gap: 16 }}>
              <ConnectedModelsPanel deploymentUuid={selected} />
              <ConnectedPredictionVolumeChart deploymentUuid={selected} />
            </div>
          ) : null}
        </div>
        <ContainerLogViewer logs={longLog} height={200} />
      </ConnectedLoginForm>
    </KonanProvider>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
