import { useMemo } from 'react';
import { useKonanUI } from './ui-context.js';

export interface KonanFormatters {
  number(value: number, options?: Intl.NumberFormatOptions): string;
  percent(value: number): string;
  dateTime(value: Date): string;
  date(value: Date): string;
}

/**
 * Intl formatters for one locale. Each Intl format is made on first use, not up front: making
 * one is costly (the first in a page loads the locale data), and most components need only a few.
 */
export function createFormatters(locale?: string): KonanFormatters {
  const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
  const made = <F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F) => {
    let format = formats.get(key) as F | undefined;
    if (!format) {
      format = make();
      formats.set(key, format);
    }
    return format;
  };
  const numberFormat = (options?: Intl.NumberFormatOptions) =>
    made(
      `n${options ? JSON.stringify(options) : ''}`,
      () => new Intl.NumberFormat(locale, options),
    );
  return {
    number: (value, options) => numberFormat(options).format(value),
    percent: (value) => numberFormat(PERCENT).format(value),
    dateTime: (value) =>
      made('dateTime', () => new Intl.DateTimeFormat(locale, DATE_TIME)).format(value),
    date: (value) => made('date', () => new Intl.DateTimeFormat(locale, DATE)).format(value),
  };
}

const PERCENT: Intl.NumberFormatOptions = { style: 'percent', maximumFractionDigits: 1 };
const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
const DATE: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };

/** One set of formatters per locale, shared by every component in the page. */
const byLocale = new Map<string, KonanFormatters>();

/** Intl formatters in the locale of the nearest `KonanUIProvider` (or the user's). */
export function useFormatters(): KonanFormatters {
  const { locale } = useKonanUI();
  return useMemo(() => {
    const key = locale ?? '';
    let formatters = byLocale.get(key);
    if (!formatters) {
      formatters = createFormatters(locale);
      byLocale.set(key, formatters);
    }
    return formatters;
  }, [locale]);
}
