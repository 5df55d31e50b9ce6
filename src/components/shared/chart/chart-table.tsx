import type { ReactNode } from 'react';

export interface ChartTableColumn<Row> {
  key: string;
  header: ReactNode;
  cell(row: Row): ReactNode;
  /** Numbers are aligned to the end of the cell. */
  numeric?: boolean | undefined;
}

export interface ChartTableProps<Row> {
  caption: ReactNode;
  columns: readonly ChartTableColumn<Row>[];
  rows: readonly Row[];
  rowKey(row: Row): string;
}

/** A chart's data as a table: the "Show as table" view, with the same numbers as the chart. */
export function ChartTable<Row>({ caption, columns, rows, rowKey }: ChartTableProps<Row>) {
  return (
    <div className="konan-chart-table-wrap">
      <table className="konan-chart-table">
        <caption className="konan-visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" data-numeric={column.numeric ? '' : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column, index) =>
                index === 0 ? (
                  <th key={column.key} scope="row" data-numeric={column.numeric ? '' : undefined}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.key} data-numeric={column.numeric ? '' : undefined}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
