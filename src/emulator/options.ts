import type { KonanEmulatorOptions, ResolvedKonanEmulatorOptions } from './types.js';

export const DEMO_ACCOUNT = {
  email: 'demo@konan.ai',
  password: 'konan-demo',
  apiKey: 'konan-demo-key',
  firstName: 'Dana',
  lastName: 'Demo',
  organizationId: 'org-konan-demo',
} as const;

function positiveInteger(
  name: string,
  value: number | undefined,
  fallback: number,
  min = 1,
): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(
      `createKonanEmulator: ${name} must be an integer >= ${min}, got ${value}.`,
    );
  }
  return value;
}

export function resolveOptions(options: KonanEmulatorOptions = {}): ResolvedKonanEmulatorOptions {
  const generation = options.generation ?? 'legacy';
  if (generation !== 'legacy' && generation !== 'projects') {
    throw new RangeError(
      `createKonanEmulator: generation must be "legacy" or "projects", got "${generation}".`,
    );
  }
  return {
    seed: positiveInteger('seed', options.seed, 42, 0),
    accessTtlSeconds: positiveInteger('accessTtlSeconds', options.accessTtlSeconds, 300),
    refreshTtlSeconds: positiveInteger('refreshTtlSeconds', options.refreshTtlSeconds, 86_400),
    generation,
    account: { ...DEMO_ACCOUNT, ...options.account },
    predictionsPerDeployment: positiveInteger(
      'predictionsPerDeployment',
      options.predictionsPerDeployment,
      2_500,
      0,
    ),
    pageSize: positiveInteger('pageSize', options.pageSize, 100),
    latencyMs: positiveInteger('latencyMs', options.latencyMs, 0, 0),
    requestLogLimit: positiveInteger('requestLogLimit', options.requestLogLimit, 1_000, 0),
  };
}
