import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { assert, type Fixture } from './check.js';
import { run, start } from './processes.js';
import { freePort } from './static-server.js';

/** Text the server page's components render, which must be in the server HTML. */
const serverText = ['The image could not be pulled', 'Sign in to Konan'];

async function nativeSwc(dir: string): Promise<string> {
  const names = await readdir(join(dir, 'node_modules/@next')).catch(() => [] as string[]);
  const swc = names.filter((name) => name.startsWith('swc-') && name !== 'swc-helpers');
  assert(swc.length > 0, 'No @next/swc-* binary was installed from npm; next would download one.');
  return `@next/${swc.join(', @next/')}`;
}

async function serverHtml(dir: string): Promise<string> {
  const port = await freePort();
  const next = join(dir, 'node_modules/.bin/next');
  const server = await start(next, ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: dir,
    ready: /Ready in|started server/i,
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    const html = await (await fetch(`${base}/`)).text();
    const missing = serverText.filter((text) => !html.includes(text));
    assert(missing.length === 0, `The server HTML lacks: ${missing.join(', ')}`);
    const sheets = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)];
    const css = await Promise.all(
      sheets.map(async ([, href]) => (await fetch(base + href)).text()),
    );
    assert(
      css.some((text) => text.includes('--konan-accent')),
      'No stylesheet of the page holds --konan-accent: konan-react/styles.css was not bundled.',
    );
    return `${serverText.map((text) => `"${text}"`).join(' and ')} in the HTML, styles linked`;
  } finally {
    await server.stop();
  }
}

export const nextFixture: Fixture = {
  name: 'next-app',
  sources: ['next-app'],
  checks: (dir) => [
    { name: 'next-app: SWC binary installed from npm', run: () => nativeSwc(dir) },
    {
      name: 'next-app: next build (server page importing konan-react)',
      run: async () => {
        const output = await run(join(dir, 'node_modules/.bin/next'), ['build'], { cwd: dir });
        assert(!/download/i.test(output), `next build downloaded something:\n${output}`);
        return undefined;
      },
    },
    {
      name: 'next-app: next start serves the components in the server HTML',
      run: () => serverHtml(dir),
    },
  ],
};
