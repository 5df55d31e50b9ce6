export type SortDirection = 'ascending' | 'descending';

/**
 * A column header that sorts its table: a button carrying the label and an arrow, and `aria-sort`
 * on the header cell so a screen reader says how the column is sorted now.
 */
export function SortableHeader({
  label,
  direction,
  onSort,
  numeric = false,
}: {
  label: string;
  /** How the table is sorted by this column now; `undefined` when another column sorts it. */
  direction: SortDirection | undefined;
  onSort: () => void;
  numeric?: boolean;
}) {
  return (
    <th scope="col" aria-sort={direction ?? 'none'} data-numeric={numeric ? '' : undefined}>
      <button type="button" className="konan-table-sort" onClick={onSort}>
        {label}
        <span aria-hidden="true" data-direction={direction}>
          {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}
