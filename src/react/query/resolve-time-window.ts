import type {
  KonanRelativeTimeWindow,
  KonanTimeWindow,
  KonanTimeWindowInput,
  KonanTimeWindowLength,
} from '../../client/data-types.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function isRelativeTimeWindow(
  window: KonanTimeWindowInput,
): window is KonanRelativeTimeWindow {
  return 'last' in window && typeof window.last === 'object' && window.last !== null;
}

/** The length in milliseconds (missing parts count as 0). */
export function timeWindowLengthMs(length: KonanTimeWindowLength): number {
  return (length.days ?? 0) * DAY + (length.hours ?? 0) * HOUR + (length.minutes ?? 0) * MINUTE;
}

/**
 * The absolute window `window` stands for at `now`: a relative window ends at `now`, a fixed one
 * is returned as it is. Pure: the hooks call it inside each fetch with the clock of that moment.
 */
export function resolveTimeWindow(
  window: KonanTimeWindowInput,
  now: Date = new Date(),
): KonanTimeWindow {
  // A window from `relativeTimeWindow` is both; its relative part is what it means.
  if (!isRelativeTimeWindow(window)) return window;
  const end = new Date(now.getTime());
  return { start: new Date(end.getTime() - timeWindowLengthMs(window.last)), end };
}

/**
 * A relative window that can also be read as a fixed one: `start` and `end` are read from the
 * clock each time (so a picker's summary, or a view typed for `KonanTimeWindow`, shows it as of
 * now), while keys and fetches use its `last` description. `useTimeWindow` holds these.
 */
export function relativeTimeWindow(
  last: KonanTimeWindowLength,
): KonanRelativeTimeWindow & KonanTimeWindow {
  const frozen = Object.freeze({ ...last });
  return Object.freeze({
    last: frozen,
    get start() {
      return new Date(Date.now() - timeWindowLengthMs(frozen));
    },
    get end() {
      return new Date(Date.now());
    },
  });
}
