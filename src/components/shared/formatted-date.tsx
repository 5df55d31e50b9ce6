import { useFormatters } from './format.js';

/** A `<time>` in the user's locale; an invalid date shows a dash instead of throwing. */
export function FormattedDate({
  value,
  withTime = false,
}: {
  value: Date;
  /** Date and time instead of the date alone. */
  withTime?: boolean;
}) {
  const formatters = useFormatters();
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    return <span className="konan-muted">—</span>;
  }
  return (
    <time dateTime={value.toISOString()}>
      {withTime ? formatters.dateTime(value) : formatters.date(value)}
    </time>
  );
}
