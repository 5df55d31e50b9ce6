import { useMemo } from 'react';
import type { KonanBucketUnit } from '../../../react/series/buckets.js';
import { useKonanUI } from '../ui-context.js';

/** Locale formats for chart axes, tooltips, tables and summaries. */
export interface ChartFormat {
  /** A bucket's time: the hour (`14:00`) or the day (`Nov 29`). */
  bucket(time: Date, unit: KonanBucketUnit): string;
  /** A bucket's time in full, for tooltips and tables (`Nov 29, 2026, 14:00`). */
  bucketLong(time: Date, unit: KonanBucketUnit): string;
  /** A number on an axis or in a tooltip: compact on axes (`12K`). */
  number(value: number): string;
  compact(value: number): string;
  percent(value: number): string;
}

/*
 * Buckets are UTC hours and days (see `react/series/buckets.ts`), so day labels are formatted in
 * UTC: a day bucket must not be labelled with the day before in a time zone west of UTC. Hour
 * labels are local, as a reader expects of a clock time.
 */
const OPTIONS: Record<string, Intl.DateTimeFormatOptions> = {
  hour: { hour: 'numeric', minute: '2-digit' },
  day: { month: 'short', day: 'numeric', timeZone: 'UTC' },
  hourLong: { dateStyle: 'medium', timeStyle: 'short' },
  dayLong: { dateStyle: 'medium', timeZone: 'UTC' },
};

const byLocale = new Map<string, ChartFormat>();

export function createChartFormat(locale?: string): ChartFormat {
  const dates = new Map<string, Intl.DateTimeFormat>();
  const date = (key: string) => {
    let format = dates.get(key);
    if (!format) {
      format = new Intl.DateTimeFormat(locale, OPTIONS[key]);
      dates.set(key, format);
    }
    return format;
  };
  let plain: Intl.NumberFormat | undefined;
  let compact: Intl.NumberFormat | undefined;
  let percent: Intl.NumberFormat | undefined;
  return {
    bucket: (time, unit) => date(unit).format(time),
    bucketLong: (time, unit) => date(`${unit}Long`).format(time),
    number: (value) => {
      plain ??= new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
      return plain.format(value);
    },
    compact: (value) => {
      compact ??= new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
      return compact.format(value);
    },
    percent: (value) => {
      percent ??= new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
      return percent.format(value);
    },
  };
}

/** The chart formats of the nearest `KonanUIProvider`'s locale (or the user's). */
export function useChartFormat(): ChartFormat {
  const { locale } = useKonanUI();
  return useMemo(() => {
    const key = locale ?? '';
    let format = byLocale.get(key);
    if (!format) {
      format = createChartFormat(locale);
      byLocale.set(key, format);
    }
    return format;
  }, [locale]);
}
