import {
  ConnectedDeploymentsList,
  ConnectedLoginForm,
  ConnectedModelsPanel,
  ConnectedPredictionVolumeChart,
  KonanProvider,
} from 'konan-react';
import 'konan-react/styles.css';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

// The test passes the emulator's URL as ?konan=http://127.0.0.1:PORT (auth and API on one origin).
const konanUrl =
  new URLSearchParams(window.location.search).get('konan') ?? 'http://127.0.0.1:4010';

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
