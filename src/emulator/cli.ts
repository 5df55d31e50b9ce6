#!/usr/bin/env node
import { runCli } from './run-cli.js';

const result = await runCli(process.argv.slice(2));
const server = result.server;
if (server) {
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} else {
  process.exitCode = result.exitCode;
}
