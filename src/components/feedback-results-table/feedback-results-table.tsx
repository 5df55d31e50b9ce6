import { useDeferredValue, useMemo, useState } from 'react';
import type { KonanFeedbackProgress, KonanFeedbacksResult } from '../../client/types.js';
import {
  Alert,
  Button,
  EmptyState,
  errorText,
  KonanRoot,
  mergeLabels,
  useFormatters,
} from '../shared/index.js';
import { downloadText, feedbackRowsToCsv } from './feedback-csv.js';
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

export interface FeedbackResultsTableProps {
  /** The outcome of a submission; `undefined` before anything was submitted. */
  result: KonanFeedbacksResult | undefined;
  /** A submission (or a retry) is running. */
  pending?: boolean;
  /** Live progress of the running submission. */
  progress?: KonanFeedbackProgress | null;
  /** The submission failed as a whole (nothing was accounted for). */
  error?: unknown;
  /** Send the not-sent items again; the action shows only when there are some. */
  onRetryNotSent?: () => void;
  /** The not-sent items are being sent again. */
  retrying?: boolean;
  labels?: Partial<FeedbackResultsTableLabels>;
  /** Maximum height of the scrolling table (px or any CSS length); shorter when the rows fit. Default 420 px. */
  height?: number | string;
  /** The title's heading level, to fit the page's outline. Default 2. */
  headingLevel?: 2 | 3 | 4;
}

/**
 * How Konan received each item of a feedback submission: summary counts, then every item with
 * its outcome, status and message; filter, sort, search, export as CSV, retry what was not sent.
 */
export function FeedbackResultsTable({
  result,
  pending = false,
  progress,
  error,
  onRetryNotSent,
  retrying = false,
  labels: overrides,
  height = 420,
  headingLevel = 2,
}: FeedbackResultsTableProps) {
  const labels = mergeLabels(defaultFeedbackResultsTableLabels, overrides);
  const Heading = `h${headingLevel}` as const;
  return (
    <KonanRoot className="konan-feedback-results-table">
      <div className="konan-panel">
        <Heading className="konan-panel-title">{labels.title}</Heading>
        {pending ? <FeedbackProgressBar progress={progress} labels={labels} /> : null}
        {error ? (
          <Alert tone="danger" title={labels.errorTitle}>
            <p className="konan-feedback-results-table-error">{errorText(error)}</p>
          </Alert>
        ) : null}
        {result ? (
          <FeedbackResults
            result={result}
            labels={labels}
            height={height}
            onRetryNotSent={onRetryNotSent}
            retrying={retrying}
            busy={pending}
          />
        ) : !pending && !error ? (
          <div role="status">
            <EmptyState title={labels.nothingSubmitted}>
              <p>{labels.nothingSubmittedHint}</p>
            </EmptyState>
          </div>
        ) : null}
      </div>
    </KonanRoot>
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
            <p>{labels.notSentExplanation(notSent, format.number(notSent))}</p>
            {onRetryNotSent ? (
              <Button
                variant="primary"
                onClick={onRetryNotSent}
                disabled={retrying || busy}
                aria-busy={retrying || undefined}
              >
                {retrying ? labels.retrying : labels.retryNotSent(notSent, format.number(notSent))}
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
          )
        }
        canExport={shown > 0}
        labels={labels}
        format={format}
      />
      <p role="status" className="konan-muted konan-feedback-results-table-shown">
        {labels.shown(shown, total, format.number(shown), format.number(total))}
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
          <EmptyState title={total === 0 ? labels.nothingSubmitted : labels.noMatch}>
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
