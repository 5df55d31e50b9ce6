import type { KonanVolumeBucket } from '../../react/hooks/use-prediction-volume.js';

/** What the chart draws of a bucket: its time, count and coverage (`undefined`: not loaded). */
export type KonanVolumePoint = Pick<KonanVolumeBucket, 'aligned' | 'count' | 'coverage'>;

/** The loaded total, the peak bucket and the coverage over the loaded buckets. */
export function volumeFacts(points: readonly KonanVolumePoint[]) {
  let total = 0;
  let peak: KonanVolumePoint | null = null;
  let failed = 0;
  let covered = 0;
  let weight = 0;
  let read = 0;
  let exact = true;
  for (const point of points) {
    if (point.count === undefined) {
      failed++;
      continue;
    }
    total += point.count;
    if (point.count > 0 && (peak === null || point.count > (peak.count ?? 0))) peak = point;
    if (point.coverage) {
      covered += point.coverage.value * point.count;
      weight += point.count;
      read += point.coverage.read;
      exact &&= point.coverage.exact;
    }
  }
  return {
    total,
    peak,
    failed,
    coverage: weight > 0 ? { value: covered / weight, exact, read, over: weight } : null,
  };
}
