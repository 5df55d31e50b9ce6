import type { KonanEmulatorFault, KonanEmulatorFaults } from './types.js';

export function matchesRequest(
  filter: { method?: string; path?: string | RegExp },
  method: string,
  path: string,
): boolean {
  if (filter.method && filter.method.toUpperCase() !== method.toUpperCase()) return false;
  if (filter.path === undefined) return true;
  return typeof filter.path === 'string' ? filter.path === path : filter.path.test(path);
}

interface ActiveFault {
  fault: KonanEmulatorFault;
  /** Matching requests seen so far, hit or let through. */
  seen: number;
  hits: number;
}

/** The faults a test or story injected, in the order they were added. */
export class FaultRegistry implements KonanEmulatorFaults {
  private active: ActiveFault[] = [];

  add(fault: KonanEmulatorFault): () => void {
    const entry: ActiveFault = { fault: { ...fault }, seen: 0, hits: 0 };
    this.active.push(entry);
    return () => {
      this.active = this.active.filter((e) => e !== entry);
    };
  }

  clear(): void {
    this.active = [];
  }

  /**
   * The fault that hits this request, if any. Every matching fault counts the request (for its
   * `skip`); the first one past its `skip` and within its `times` hits.
   */
  take(method: string, path: string): KonanEmulatorFault | undefined {
    let hit: KonanEmulatorFault | undefined;
    for (const entry of this.active) {
      if (!matchesRequest(entry.fault, method, path)) continue;
      entry.seen++;
      if (hit) continue;
      const { skip = 0, times = Number.POSITIVE_INFINITY } = entry.fault;
      if (entry.seen > skip && entry.hits < times) {
        entry.hits++;
        hit = entry.fault;
      }
    }
    return hit;
  }
}
