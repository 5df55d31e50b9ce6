import { useMemo } from 'react';
import { useKonanUI } from '../shared';

/** The number formats the results table needs: counts, shares and status codes. */
export interface FeedbackNumberFormats {
  /** A count, with grouping: "100,000". */
  count(value: number): string;
  /** A share of the total: "25%". */
  percent(value: number): string;
  /** An HTTP-like status code, without grouping: "404". */
  status(value: number): string;
}

const byLocale = new Map<string, FeedbackNumberFormats>();

function numberFormatsFor(locale: string | undefined): FeedbackNumberFormats {
  const key = locale ?? '';
  let formats = byLocale.get(key);
  if (!formats) {
    // The same formats as `useFormatters`, made once per locale and only these three: the table
    // shows no dates, and every Intl format made on the first render delays it.
    const count = new Intl.NumberFormat(locale);
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    const status = new Intl.NumberFormat(locale, { useGrouping: false });
    formats = {
      count: (value) => count.format(value),
      percent: (value) => percent.format(value),
      status: (value) => status.format(value),
    };
    byLocale.set(key, formats);
  }
  return formats;
}

/** Number formats in the locale of the nearest `KonanUIProvider` (or the user's). */
export function useNumberFormats(): FeedbackNumberFormats {
  const { locale } = useKonanUI();
  return useMemo(() => numberFormatsFor(locale), [locale]);
}
