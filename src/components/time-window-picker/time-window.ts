import type {
  KonanRelativeTimeWindow,
  KonanTimeWindow,
  KonanTimeWindowInput,
  KonanTimeWindowLength,
} from '../../client/data-types.js';
import { serializeTimeWindow } from '../../react/query/konan-keys.js';
import {
  isRelativeTimeWindow,
  relativeTimeWindow,
  timeWindowLengthMs,
} from '../../react/query/resolve-time-window.js';

/** The preset windows, each ending now. */
export const TIME_WINDOW_PRESETS = ['24h', '7d', '30d'] as const;
export type KonanTimeWindowPreset = (typeof TIME_WINDOW_PRESETS)[number];

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

export const PRESET_DURATION_MS: Record<KonanTimeWindowPreset, number> = {
  '24h': DAY,
  '7d': 7 * DAY,
  '30d': 30 * DAY,
};

/** Each preset as the length of a relative window. */
export const PRESET_LENGTH: Record<KonanTimeWindowPreset, KonanTimeWindowLength> = {
  '24h': { hours: 24 },
  '7d': { days: 7 },
  '30d': { days: 30 },
};

/**
 * The preset as a relative window: it ends at "now" whenever its queries run, and its query key
 * stays the same while the clock moves. It can also be read as a fixed window (`start`/`end` as
 * of the moment they are read).
 */
export function presetWindow(
  preset: KonanTimeWindowPreset,
): KonanRelativeTimeWindow & KonanTimeWindow {
  return relativeTimeWindow(PRESET_LENGTH[preset]);
}

/** The fixed window of a preset that ends at `now` (default: the current time). */
export function lastWindow(preset: KonanTimeWindowPreset, now: Date = new Date()): KonanTimeWindow {
  const end = new Date(now.getTime());
  return { start: new Date(end.getTime() - PRESET_DURATION_MS[preset]), end };
}

/** The preset whose length the window has, if any (a relative window's or a fixed one's). */
export function presetOf(window: KonanTimeWindowInput): KonanTimeWindowPreset | undefined {
  const length = isRelativeTimeWindow(window)
    ? timeWindowLengthMs(window.last)
    : window.end.getTime() - window.start.getTime();
  return TIME_WINDOW_PRESETS.find((preset) => PRESET_DURATION_MS[preset] === length);
}

/** Whether two windows key the same queries: equal fixed bounds, or the same relative length. */
export function sameWindow(a: KonanTimeWindowInput, b: KonanTimeWindowInput): boolean {
  return JSON.stringify(serializeTimeWindow(a)) === JSON.stringify(serializeTimeWindow(b));
}

const pad = (value: number) => String(value).padStart(2, '0');

/** A date as the value of a `datetime-local` input, in local time, to the minute. */
export function toDateTimeLocal(date: Date): string {
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

const LOCAL_DATE_TIME = /^(\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;

/** The value of a `datetime-local` input as a local `Date`, or undefined if it is not one. */
export function fromDateTimeLocal(value: string): Date | undefined {
  const match = LOCAL_DATE_TIME.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day, hours, minutes, seconds = '0', millis = '0'] = match
    .slice(1)
    .map((part) => part ?? '0');
  const date = new Date(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hours),
    Number(minutes),
    Number(seconds),
    Number(millis.padEnd(3, '0')),
  );
  // Reject rolled-over dates such as 2025-02-31.
  if (date.getMonth() !== Number(month) - 1 || date.getDate() !== Number(day)) return undefined;
  return date;
}

export type CustomRangeProblem =
  | 'start-missing'
  | 'start-invalid'
  | 'end-missing'
  | 'end-invalid'
  | 'start-not-before-end';

export type CustomRangeResult =
  | { ok: true; window: KonanTimeWindow }
  | { ok: false; start?: CustomRangeProblem; end?: CustomRangeProblem };

/** Validate the two inputs of a custom range: both filled, both dates, start before end. */
export function validateCustomRange(startText: string, endText: string): CustomRangeResult {
  const start = fromDateTimeLocal(startText);
  const end = fromDateTimeLocal(endText);
  const startProblem: CustomRangeProblem | undefined =
    startText.trim() === '' ? 'start-missing' : start ? undefined : 'start-invalid';
  const endProblem: CustomRangeProblem | undefined =
    endText.trim() === '' ? 'end-missing' : end ? undefined : 'end-invalid';
  if (startProblem || endProblem) {
    return {
      ok: false,
      ...(startProblem && { start: startProblem }),
      ...(endProblem && { end: endProblem }),
    };
  }
  if (!start || !end) return { ok: false };
  if (start.getTime() >= end.getTime()) return { ok: false, end: 'start-not-before-end' };
  return { ok: true, window: { start, end } };
}
