import { useDeferredValue, useMemo, useState } from 'react';
import type { KonanFeedbackProgress, KonanFeedbacksResult } from '../../client/data-types.js';
import { Alert } from '../shared/alert.js';
import { Button } from '../shared/button.js';
import { downloadText } from '../shared/download-text.js';
import { EmptyState } from '../shared/empty-state.js';
import { ErrorAlert } from '../shared/error-alert.js';
import { useFormatters } from '../shared/format.js';
import { labelCount } from '../shared/labels.js';
import { TitledPanel } from '../shared/titled-panel.js';
import { useLabels } from '../shared/use-labels.js';
import { useShownResult } from '../shared/use-shown-result.js';
import type { KonanHeadedViewProps } from '../shared/view-props.js';
import { feedbackRowsToCsv } from './feedback-csv.js';
import { FeedbackProgressBar } from './feedback-progress-bar.js';
import {
  defaultFeedbackResultsTableLabels,
  type FeedbackResultsTableLabels,
} from './feedback-results-table-labels.js';
import {
  createFeedbackRowModel,
  type FeedbackOutcomeFilter,
  type FeedbackSort,
  type FeedbackSortKey,
  selectFeedbackRows,
  selectIds,
} from './feedback-row-model.js';
import { FeedbackSummary } from './feedback-summary.js';
import { FeedbackToolbar } from './feedback-toolbar.js';
import { FeedbackVirtualTable } from './feedback-virtual-table.js';

/**
 * The props line up with what `useSubmitFeedbacks` returns: `result={submission.data}`,
 * `pending={submission.isPending}`, `progress={submission.progress}`,
 * `error={submission.error}`, `onRetryNotSent={submission.retryNotSent}`.
 */
export interface FeedbackResultsTableProps
  extends KonanHeadedViewProps<FeedbackResultsTableLabels> {
  /**
   * The outcome of a submission (`useSubmitFeedbacks(…).data`); `undefined` before anything was
   * submitted. While `pending` without a result (a retry of not-sent items), the last result
   * stays on screen, marked as retrying.
   */
  result: KonanFeedbacksResult | undefined;
  /** A submission (or a retry) is running: shows its progress (`useSubmitFeedbacks(…).isPending`). */
  pending?: boolean;
  /** Live progress of the running submission (`useSubmitFeedbacks(…).progress`). */
  progress?: KonanFeedbackProgress | null;
  /** The submission failed as a whole, nothing was accounted for (`useSubmitFeedbacks(…).error`). */
  error?: unknown;
  /** Send the not-sent items again (`useSubmitFeedbacks(…).retryNotSent`); shows only when there are some. */
  onRetryNotSent?: () => void;
  /**
   * The not-sent items are being sent again. Default: `pending` while a result is shown. Set it
   * when the progress is shown elsewhere (no `pending`), as `FeedbackUploader` does.
   */
  retryNotSentPending?: boolean;
  /** Maximum height of the scrolling table (px or any CSS length); shorter when the rows fit. Default 420 px. */
  height?: number | string;
}

/**
 * How Konan received each item of a feedback submission: summary counts, then every item with
 * its outcome, status and message; filter, sort, search, export as CSV, retry what was not sent.
 * Feed it from `useSubmitFeedbacks` (it has no connected version: the app has the submission).
 */
export function FeedbackResultsTable({
  result: given,
  pending = false,
  progress,
  error,
  onRetryNotSent,
  retryNotSentPending,
  labels: overrides,
  height = 420,
  headingLevel = 2,
  className,
}: FeedbackResultsTableProps) {
  const labels = useLabels('feedbackResultsTable', defaultFeedbackResultsTableLabels, overrides);
  const { result, retrying } = useShownResult({ data: given, isPending: pending });
  return (
    <TitledPanel
      name="konan-feedback-results-table"
      className={className}
      title={labels.title}
      headingLevel={headingLevel}
    >
      {pending ? <FeedbackProgressBar progress={progress} labels={labels} /> : null}
      {error ? <ErrorAlert title={labels.errorTitle} error={error} /> : null}
      {result ? (
        <FeedbackResults
          result={result}
          labels={labels}
          height={height}
          onRetryNotSent={onRetryNotSent}
          retrying={retryNotSentPending ?? retrying}
          busy={pending}
        />
      ) : !pending && !error ? (
        <div role="status">
          <EmptyState title={labels.emptyTitle}>
            <p>{labels.emptyHint}</p>
          </EmptyState>
        </div>
      ) : null}
    </TitledPanel>
  );
}

interface FeedbackResultsProps {
  result: KonanFeedbacksResult;
  labels: FeedbackResultsTableLabels;
  height: number | string;
  onRetryNotSent: (() => void) | undefined;
  retrying: boolean;
  busy: boolean;
}

function FeedbackResults({
  result,
  labels,
  height,
  onRetryNotSent,
  retrying,
  busy,
}: FeedbackResultsProps) {
  const format = useFormatters();
  const count = (value: number) => labelCount(value, format.number);
  const [outcome, setOutcome] = useState<FeedbackOutcomeFilter>('all');
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<FeedbackSort | null>(null);
  const deferredSearch = useDeferredValue(search);

  // No row objects here: the model reads the result once, a filter is an array of row ids, and
  // the table builds only the rows it shows.
  const model = useMemo(() => createFeedbackRowModel(result), [result]);
  const ids = useMemo(
    () => selectIds(model, { outcome, search: deferredSearch, sort }),
    [model, outcome, deferredSearch, sort],
  );
  const shown = ids ? ids.length : model.size;

  const onSort = (key: FeedbackSortKey) =>
    setSort((current) =>
      current?.key === key && current.direction === 'ascending'
        ? { key, direction: 'descending' }
        : { key, direction: 'ascending' },
    );
  const clearFilters = () => {
    setOutcome('all');
    setSearch('');
  };
  const total = model.counts.all;
  const notSent = result.notSent.length;

  return (
    <>
      <FeedbackSummary result={result} labels={labels} format={format} />
      {total > 0 && result.accepted === total ? (
        <Alert tone="success">{labels.allAccepted}</Alert>
      ) : null}
      {notSent > 0 ? (
        <Alert tone="warning">
          <div className="konan-feedback-results-table-not-sent">
            <p>{labels.notSentExplanation(count(notSent))}</p>
            {onRetryNotSent ? (
              <Button
                variant="primary"
                onClick={() => onRetryNotSent()}
                disabled={retrying || busy}
                aria-busy={retrying || undefined}
              >
                {retrying ? labels.retryNotSentPending : labels.retryNotSent(count(notSent))}
              </Button>
            ) : null}
          </div>
        </Alert>
      ) : null}
      <FeedbackToolbar
        counts={model.counts}
        outcome={outcome}
        onOutcome={setOutcome}
        search={search}
        onSearch={setSearch}
        onExport={() =>
          downloadText(
            feedbackRowsToCsv(selectFeedbackRows(model, { outcome, search: deferredSearch, sort })),
            labels.exportFileName,
            'text/csv;charset=utf-8',
          )
        }
        canExport={shown > 0}
        labels={labels}
        format={format}
      />
      <p role="status" className="konan-muted konan-feedback-results-table-shown">
        {labels.shown(count(shown), count(total))}
      </p>
      {shown > 0 ? (
        <FeedbackVirtualTable
          model={model}
          ids={ids}
          count={shown}
          sort={sort}
          onSort={onSort}
          height={height}
          labels={labels}
          format={format}
        />
      ) : (
        <div role="status" className="konan-feedback-results-table-no-match">
          <EmptyState title={total === 0 ? labels.emptyTitle : labels.noMatchTitle}>
            {total > 0 ? (
              <>
                <p>{labels.noMatchHint}</p>
                <Button onClick={clearFilters}>{labels.clearFilters}</Button>
              </>
            ) : null}
          </EmptyState>
        </div>
      )}
    </>
  );
}
