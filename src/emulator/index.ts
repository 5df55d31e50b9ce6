export { createKonanEmulator } from './emulator.js';
export {
  type KonanEmulatorServer,
  type ServeKonanEmulatorOptions,
  serveKonanEmulator,
} from './node-server.js';
export type {
  KonanEmulator,
  KonanEmulatorAccount,
  KonanEmulatorDemo,
  KonanEmulatorFault,
  KonanEmulatorFaults,
  KonanEmulatorGeneration,
  KonanEmulatorOptions,
  KonanEmulatorRequest,
  KonanEmulatorRequestFilter,
  ResolvedKonanEmulatorOptions,
} from './types.js';
