export { createKonanEmulator } from './emulator';
export { type KonanHandlersOptions, konanHandlers } from './msw';
export {
  type KonanEmulatorServer,
  type ServeKonanEmulatorOptions,
  serveKonanEmulator,
} from './node-server';
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
} from './types';
