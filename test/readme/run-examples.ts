import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './consumer-dir.js';
import { runModuleOf } from './snippet-modules.js';
import type { ReadmeProblem, Snippet } from './snippets.js';

type Emulator = typeof import('../../src/emulator');

const README_URL = 'http://127.0.0.1:4010';
const TIMEOUT_MS = 60_000;

/**
 * Executes the `run` blocks in order as one ES module, against the built emulator served on a
 * free port (the README's URL replaced by the real one). Their console output is kept back and
 * shown only when they fail.
 */
export async function runExamples(dir: string, snippets: Snippet[]): Promise<ReadmeProblem[]> {
  const module = runModuleOf(snippets);
  const first = snippets[0];
  if (!first) return [];
  const { createKonanEmulator, serveKonanEmulator }: Emulator = await import(
    pathToFileURL(join(repoRoot, 'dist/emulator/index.js')).href
  );
  const emulator = createKonanEmulator();
  const server = await serveKonanEmulator(emulator, { port: 0 });
  const path = join(dir, `run-${Date.now()}.${module.fileName.split('.').pop()}`);
  writeFileSync(
    path,
    module.lines.map((line) => line.replaceAll(README_URL, server.url)).join('\n'),
  );

  const output: string[] = [];
  const log = console.log;
  console.log = (...args: unknown[]) => output.push(args.map(String).join(' '));
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      import(pathToFileURL(path).href),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`still running after ${TIMEOUT_MS / 1000} s`)),
          TIMEOUT_MS,
        );
      }),
    ]);
    if (emulator.requests.length === 0) {
      return [{ line: first.firstLine, message: 'the examples ran without calling the emulator' }];
    }
    return [];
  } catch (error) {
    const stackLine = new RegExp(`${path.split('/').pop()}:(\\d+)`).exec(
      String((error as Error)?.stack),
    )?.[1];
    const origin = stackLine ? module.origins[Number(stackLine) - 1] : undefined;
    const shown =
      output.length > 0 ? `\n    output before it:\n      ${output.join('\n      ')}` : '';
    return [
      {
        line: origin ?? first.firstLine,
        message: `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}${shown}`,
      },
    ];
  } finally {
    clearTimeout(timer);
    console.log = log;
    await server.close();
  }
}
