// Runs on Node with neither React nor msw installed: the client and the emulator alone.
import { createKonanClient, type KonanClient, KonanError } from 'konan-react/client';
import { createKonanEmulator, serveKonanEmulator } from 'konan-react/emulator';

// Never called: proves the declarations are real types, not `any`.
export function wronglyTyped(): KonanClient {
  // @ts-expect-error authUrl is a string
  return createKonanClient({ authUrl: 1234 });
}

const emulator = createKonanEmulator();
const server = await serveKonanEmulator(emulator, { port: 0 });
try {
  const client = createKonanClient({ authUrl: server.url, apiUrl: server.url });
  const { email, password } = emulator.account;
  const user = await client.login({ email, password });
  const page = await client.listDeployments();
  const names: string[] = page.deployments.map((deployment) => deployment.name);
  try {
    await createKonanClient({ authUrl: server.url, apiUrl: server.url }).login({
      email,
      password: 'wrong password',
    });
    throw new Error('A wrong password was accepted.');
  } catch (error) {
    if (!(error instanceof KonanError)) throw error;
  }
  // The fetch handler alone, as a test would use it without a server.
  const response = await emulator.fetch(
    new Request(`${server.url}/api/auth/login/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    }),
  );
  console.log(
    JSON.stringify({ user: user.email, deployments: names, fetchStatus: response.status }),
  );
} finally {
  await server.close();
}
