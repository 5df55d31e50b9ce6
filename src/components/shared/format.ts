import { useMemo } from 'react';
import { useKonanUI } from './ui-context';

export interface KonanFormatters {
  number(value: number, options?: Intl.NumberFormatOptions): string;
  percent(value: number): string;
  dateTime(value: Date): string;
  date(value: Date): string;
}

export function createFormatters(locale?: string): KonanFormatters {
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const integer = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  // Building an Intl.NumberFormat is costly; tables format thousands of cells with a few options.
  const withOptions = new Map<string, Intl.NumberFormat>();
  const numberFormat = (options: Intl.NumberFormatOptions) => {
    const key = JSON.stringify(options);
    let format = withOptions.get(key);
    if (!format) {
      format = new Intl.NumberFormat(locale, options);
      withOptions.set(key, format);
    }
    return format;
  };
  return {
    number: (value, options) =>
      options ? numberFormat(options).format(value) : integer.format(value),
    percent: (value) => percent.format(value),
    dateTime: (value) => dateTime.format(value),
    date: (value) => date.format(value),
  };
}

/** Intl formatters in the locale of the nearest `KonanUIProvider` (or the user's). */
export function useFormatters(): KonanFormatters {
  const { locale } = useKonanUI();
  return useMemo(() => createFormatters(locale), [locale]);
}
