const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * How busy an hour is, relative to the busiest (1): quiet at night (0.15), rising from 06:00 to a
 * peak around 14:00, falling towards 22:00; weekends at 60% of weekdays. UTC, so the data is the
 * same on every machine.
 */
export function demoHourWeight(time: number): number {
  const date = new Date(time);
  const hour = date.getUTCHours() + date.getUTCMinutes() / 60;
  const daytime = hour >= 6 && hour <= 22 ? Math.sin((Math.PI * (hour - 6)) / 16) : 0;
  const day = date.getUTCDay();
  const weekend = day === 0 || day === 6 ? 0.6 : 1;
  return (0.15 + 0.85 * daytime) * weekend;
}

/**
 * Maps a uniform draw in [0, 1) to a time in the `days` before `now`, following the daily rhythm
 * (inverse of the cumulative hourly weights). One draw per time keeps the seeded sequence aligned,
 * and the mapping is monotonic, so sorted draws give sorted times.
 */
export function createDemoTimeSampler(now: number, days: number): (unit: number) => number {
  const start = now - days * DAY_MS;
  const slots = days * 24;
  const cumulative = new Float64Array(slots + 1);
  for (let i = 0; i < slots; i++) {
    cumulative[i + 1] = (cumulative[i] ?? 0) + demoHourWeight(start + (i + 0.5) * HOUR_MS);
  }
  const total = cumulative[slots] ?? 1;
  return (unit) => {
    const target = unit * total;
    let low = 0;
    let high = slots - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((cumulative[mid + 1] ?? 0) <= target) low = mid + 1;
      else high = mid;
    }
    const from = cumulative[low] ?? 0;
    const width = (cumulative[low + 1] ?? from) - from;
    const within = width > 0 ? (target - from) / width : 0;
    return Math.min(now, start + (low + within) * HOUR_MS);
  };
}
