import { useId, useRef, useState } from 'react';
import type {
  KonanFeedbackProgress,
  KonanFeedbackSubmission,
  KonanFeedbacksResult,
} from '../../client/data-types.js';
import { FeedbackProgressBar } from '../feedback-results-table/feedback-progress-bar.js';
import { FeedbackResultsTable } from '../feedback-results-table/feedback-results-table.js';
import { defaultFeedbackResultsTableLabels } from '../feedback-results-table/feedback-results-table-labels.js';
import { Button } from '../shared/button.js';
import { ErrorAlert } from '../shared/error-alert.js';
import { errorText } from '../shared/error-text.js';
import { useFormatters } from '../shared/format.js';
import { subHeadingLevel } from '../shared/heading.js';
import { labelCount } from '../shared/labels.js';
import { Skeleton } from '../shared/skeleton.js';
import { TitledPanel } from '../shared/titled-panel.js';
import { useLabels } from '../shared/use-labels.js';
import type { KonanHeadedViewProps } from '../shared/view-props.js';
import { DropZone } from './drop-zone.js';
import {
  defaultFeedbackUploaderLabels,
  type FeedbackUploaderLabels,
} from './feedback-uploader-labels.js';
import {
  DEFAULT_MAX_BYTES,
  detectFeedbackFormat,
  type ParsedFeedbackFile,
  parseFeedbackFile,
  tooLargeFeedbackFile,
  unreadableFeedbackFile,
} from './parse-feedback-file.js';
import { PreviewTable } from './preview-table.js';
import { ValidationReport } from './validation-report.js';

export interface FeedbackUploaderProps extends KonanHeadedViewProps<FeedbackUploaderLabels> {
  /** Called with the rows to submit (all of them, or the valid ones when the user skips the rest). */
  onSubmit: (items: KonanFeedbackSubmission[]) => void;
  /** Stop a running submission. The cancel button shows only when this is given. */
  onCancel?: () => void;
  /** The user starts over (another file): clear the previous `result` and `error`. */
  onReset?: () => void;
  /** Send the not-sent items of `result` again. */
  onRetryNotSent?: () => void;
  pending?: boolean;
  progress?: KonanFeedbackProgress | null;
  result?: KonanFeedbacksResult | undefined;
  error?: unknown;
  /** Larger files are refused before they are read. Default 25 MB. */
  maxBytes?: number;
  /** Height of the results table. */
  resultsHeight?: number | string;
}

/** A file's text; through FileReader where `Blob.text()` is missing (older engines, jsdom). */
function readText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

type Source =
  | { status: 'idle' }
  | { status: 'reading'; name: string }
  | { status: 'read'; name: string; parsed: ParsedFeedbackFile };

/**
 * Bulk ground truth from a CSV or JSON file: read in the browser, previewed and validated (with
 * line numbers) before anything is sent, submitted with progress, then the per-item results.
 */
export function FeedbackUploader({
  onSubmit,
  onCancel,
  onReset,
  onRetryNotSent,
  pending = false,
  progress,
  result,
  error,
  labels: overrides,
  maxBytes = DEFAULT_MAX_BYTES,
  resultsHeight = 360,
  headingLevel = 2,
  className,
}: FeedbackUploaderProps) {
  const labels = useLabels('feedbackUploader', defaultFeedbackUploaderLabels, overrides);
  const tableLabels = useLabels(
    'feedbackResultsTable',
    defaultFeedbackResultsTableLabels,
    labels.feedbackResultsTable,
  );
  const format = useFormatters();
  const hintId = useId();
  const [source, setSource] = useState<Source>({ status: 'idle' });
  const [skipInvalid, setSkipInvalid] = useState(false);
  // A result or error the user moved on from (with "Upload another file") is not shown again.
  const [dismissed, setDismissed] = useState<{ result?: unknown; error?: unknown }>({});
  const submitted = useRef<KonanFeedbackSubmission[] | null>(null);
  const reads = useRef(0);

  const shownResult = result && result !== dismissed.result ? result : undefined;
  const shownError = error && error !== dismissed.error && !pending ? error : undefined;

  const startOver = () => {
    setDismissed({ result, error });
    setSkipInvalid(false);
    submitted.current = null;
    onReset?.();
  };
  const parseText = (name: string, type: string, text: string) => {
    const fileFormat = detectFeedbackFormat(name, type, text);
    setSource({ status: 'read', name, parsed: parseFeedbackFile(text, fileFormat) });
  };
  const readFile = async (file: File) => {
    startOver();
    const read = ++reads.current;
    if (file.size > maxBytes) {
      const fileFormat = detectFeedbackFormat(file.name, file.type, '');
      const parsed = tooLargeFeedbackFile(fileFormat, file.size, maxBytes);
      setSource({ status: 'read', name: file.name, parsed });
      return;
    }
    setSource({ status: 'reading', name: file.name });
    try {
      const text = await readText(file);
      if (read === reads.current) parseText(file.name, file.type, text);
    } catch (error) {
      if (read !== reads.current) return;
      const fileFormat = detectFeedbackFormat(file.name, file.type, '');
      const parsed = unreadableFeedbackFile(fileFormat, errorText(error));
      setSource({ status: 'read', name: file.name, parsed });
    }
  };
  const readPasted = (text: string) => {
    startOver();
    reads.current++;
    parseText(labels.pastedName, '', text);
  };
  const clear = () => {
    startOver();
    reads.current++;
    setSource({ status: 'idle' });
  };
  const submit = (items: KonanFeedbackSubmission[]) => {
    setDismissed({ result, error });
    submitted.current = items;
    onSubmit(items);
  };

  const parsed = source.status === 'read' ? source.parsed : null;
  const summary =
    source.status === 'read' && parsed
      ? labels.fileSummary(
          source.name,
          labels.format[parsed.format],
          labelCount(parsed.rows.length, format.number),
        )
      : null;
  const preparing = !pending && !shownResult;
  // After a submission of only the valid rows, say how many of the file's rows were left out.
  const sentCount = submitted.current?.length ?? 0;
  const skippedCount =
    shownResult && parsed && sentCount > 0 ? Math.max(0, parsed.rows.length - sentCount) : 0;

  return (
    <TitledPanel
      name="konan-feedback-uploader"
      className={className}
      title={labels.title}
      headingLevel={headingLevel}
    >
      <p className="konan-muted konan-feedback-uploader-intro">{labels.intro}</p>
      {preparing ? (
        <DropZone
          onFile={readFile}
          onText={readPasted}
          disabled={false}
          compact={source.status !== 'idle'}
          labels={labels}
        />
      ) : null}
      {source.status === 'reading' ? (
        <Skeleton label={labels.reading(source.name)} rows={4} />
      ) : null}
      {summary || (shownResult && !pending) ? (
        <div className="konan-row konan-feedback-uploader-file-row">
          <p className="konan-feedback-uploader-file-name">{summary}</p>
          {preparing ? (
            <Button variant="ghost" onClick={clear}>
              {labels.clear}
            </Button>
          ) : null}
          {shownResult && !pending ? <Button onClick={clear}>{labels.uploadAnother}</Button> : null}
        </div>
      ) : null}
      {skippedCount > 0 ? (
        <p className="konan-hint konan-feedback-uploader-skipped">
          {labels.skippedRows(
            labelCount(sentCount, format.number),
            labelCount(skippedCount, format.number),
          )}
        </p>
      ) : null}
      {parsed && preparing ? (
        <>
          <ValidationReport parsed={parsed} labels={labels} />
          {parsed.rows.length > 0 ? <PreviewTable parsed={parsed} labels={labels} /> : null}
          <SubmitBar
            parsed={parsed}
            skipInvalid={skipInvalid}
            onSkipInvalid={setSkipInvalid}
            onSubmit={submit}
            hintId={hintId}
            labels={labels}
          />
        </>
      ) : null}
      {pending ? (
        <FeedbackProgressBar progress={progress} labels={tableLabels}>
          {onCancel ? <Button onClick={() => onCancel()}>{labels.cancel}</Button> : null}
        </FeedbackProgressBar>
      ) : null}
      {shownError ? (
        <ErrorAlert
          title={labels.errorTitle}
          error={shownError}
          onRetry={
            submitted.current
              ? () => {
                  if (submitted.current) submit(submitted.current);
                }
              : undefined
          }
          retryLabel={labels.retry}
        />
      ) : null}
      {shownResult ? (
        <FeedbackResultsTable
          result={shownResult}
          onRetryNotSent={onRetryNotSent}
          retryNotSentPending={pending}
          labels={tableLabels}
          height={resultsHeight}
          headingLevel={subHeadingLevel(headingLevel)}
        />
      ) : null}
    </TitledPanel>
  );
}

interface SubmitBarProps {
  parsed: ParsedFeedbackFile;
  skipInvalid: boolean;
  onSkipInvalid(skip: boolean): void;
  onSubmit(items: KonanFeedbackSubmission[]): void;
  hintId: string;
  labels: FeedbackUploaderLabels;
}

/** Submit every row, or (explicitly) only the valid ones when some have problems. */
function SubmitBar({
  parsed,
  skipInvalid,
  onSkipInvalid,
  onSubmit,
  hintId,
  labels,
}: SubmitBarProps) {
  const format = useFormatters();
  const valid = parsed.valid.length;
  const invalid = parsed.rows.length - valid;
  const clean = parsed.issues.length === 0;
  const canSkip = !parsed.blocked && valid > 0 && invalid > 0;
  const canSubmit = valid > 0 && (clean || (canSkip && skipInvalid));
  const hint = canSubmit ? null : canSkip ? labels.submitBlocked : labels.submitNothing;
  return (
    <div className="konan-stack">
      {canSkip ? (
        <label className="konan-feedback-uploader-skip">
          <input
            type="checkbox"
            checked={skipInvalid}
            onChange={(event) => onSkipInvalid(event.target.checked)}
          />
          {labels.skipInvalid(labelCount(invalid, format.number))}
        </label>
      ) : null}
      <div className="konan-row">
        <Button
          variant="primary"
          disabled={!canSubmit}
          aria-describedby={hint ? hintId : undefined}
          onClick={() => onSubmit(parsed.valid)}
        >
          {clean
            ? labels.submit(labelCount(valid, format.number))
            : labels.submitValid(labelCount(valid, format.number))}
        </Button>
        {hint ? (
          <span id={hintId} className="konan-hint">
            {hint}
          </span>
        ) : null}
      </div>
    </div>
  );
}
