import {
  type ColumnDef,
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  type SortingState,
  useReactTable,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import type { KonanFeedbacksResult } from '../../../src/client/data-types';
import {
  createFeedbackRowModel,
  type FeedbackOutcome,
  type FeedbackOutcomeFilter,
  type FeedbackRow,
} from '../../../src/components/feedback-results-table/feedback-row-model';
import { Badge, type BadgeTone, KonanRoot } from '../../../src/components/shared';

const filters: readonly FeedbackOutcomeFilter[] = ['all', 'accepted', 'rejected', 'notSent'];
const ROW_HEIGHT = 40;
const OVERSCAN = 8;
const tones: Record<FeedbackOutcome, BadgeTone> = {
  accepted: 'success',
  rejected: 'danger',
  notSent: 'warning',
};
const cellClasses: Record<string, string> = {
  uuid: 'konan-mono konan-feedback-results-table-uuid',
  status: 'konan-feedback-results-table-status',
  message: 'konan-feedback-results-table-message',
};
const outcomeLabels: Record<FeedbackOutcome, string> = {
  accepted: 'Accepted',
  rejected: 'Rejected',
  notSent: 'Not sent',
};

/**
 * The peer: what a user would build instead of `FeedbackResultsTable`, as the TanStack docs show
 * it. `useReactTable` with the core, filtered and sorted row models over an array of row objects,
 * its body windowed by `useVirtualizer` with a fixed `estimateSize`. Same columns, cell text,
 * stylesheet and 40 px rows as the component, so the work compared is the table and windowing.
 */
export function PeerFeedbackTable({
  result,
  height,
}: {
  result: KonanFeedbacksResult;
  height: number;
}) {
  // The row objects a user hands to TanStack Table (the same cells the component shows).
  const data = useMemo(() => createFeedbackRowModel(result).rows as FeedbackRow[], [result]);
  const counts = useMemo(
    () => ({
      all: result.total,
      accepted: result.accepted,
      rejected: result.rejected,
      notSent: result.notSent.length,
    }),
    [result],
  );
  const columns = useMemo<ColumnDef<FeedbackRow>[]>(
    () => [
      {
        id: 'uuid',
        accessorKey: 'predictionUuid',
        header: 'Prediction UUID',
        // Plain string order, as the component sorts (the default for strings with digits,
        // `alphanumeric`, orders UUIDs differently and is slower).
        sortingFn: 'basic',
        sortDescFirst: false,
        cell: (info) => info.getValue<string>(),
      },
      {
        id: 'outcome',
        accessorKey: 'outcome',
        header: 'Outcome',
        filterFn: 'equals',
        enableSorting: false,
        cell: (info) => {
          const outcome = info.getValue<FeedbackOutcome>();
          return <Badge tone={tones[outcome]}>{outcomeLabels[outcome]}</Badge>;
        },
      },
      {
        id: 'status',
        accessorKey: 'status',
        header: 'Status',
        enableSorting: false,
        cell: (info) => {
          const status = info.getValue<number | null>();
          return status === null ? '—' : String(status);
        },
      },
      {
        id: 'message',
        accessorKey: 'message',
        header: 'Message',
        enableSorting: false,
        cell: (info) => info.getValue<string>() || 'No message',
      },
    ],
    [],
  );
  const [outcome, setOutcome] = useState<FeedbackOutcomeFilter>('all');
  const [sorting, setSorting] = useState<SortingState>([]);
  const columnFilters = useMemo(
    () => (outcome === 'all' ? [] : [{ id: 'outcome', value: outcome }]),
    [outcome],
  );
  const table = useReactTable({
    data,
    columns,
    state: { sorting, columnFilters },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  const { rows } = table.getRowModel();

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;

  return (
    <KonanRoot className="konan-feedback-results-table">
      <div className="konan-segmented">
        {filters.map((filter) => (
          <button
            key={filter}
            type="button"
            className="konan-segment"
            data-outcome={filter}
            aria-pressed={outcome === filter}
            onClick={() => {
              setOutcome(filter);
              scrollRef.current?.scrollTo({ top: 0 });
            }}
          >
            {filter === 'all' ? 'All' : outcomeLabels[filter]} {counts[filter].toLocaleString()}
          </button>
        ))}
      </div>
      <div
        ref={scrollRef}
        className="konan-feedback-results-table-scroll bench-peer-scroll"
        style={{ maxHeight: height }}
      >
        <table className="konan-feedback-results-table-grid" aria-rowcount={rows.length + 1}>
          <thead className="konan-feedback-results-table-head">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} className="konan-feedback-results-table-row">
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={
                        sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'
                      }
                    >
                      {header.column.getCanSort() ? (
                        <button
                          type="button"
                          className="konan-table-sort"
                          data-sort={header.id}
                          onClick={header.column.getToggleSortingHandler()}
                        >
                          {flexRender(header.column.columnDef.header, header.getContext())}
                          <span aria-hidden="true">
                            {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                          </span>
                        </button>
                      ) : (
                        flexRender(header.column.columnDef.header, header.getContext())
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody
            className="konan-feedback-results-table-body"
            style={{ height: virtualizer.getTotalSize(), paddingTop }}
          >
            {items.map((item) => {
              const row = rows[item.index] as (typeof rows)[number];
              return (
                <tr
                  key={row.id}
                  data-index={item.index}
                  data-outcome={row.original.outcome}
                  className="konan-feedback-results-table-row"
                >
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} className={cellClasses[cell.column.id]}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </KonanRoot>
  );
}
