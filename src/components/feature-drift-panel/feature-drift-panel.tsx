import { useId } from 'react';
import type { KonanTimeWindow } from '../../client/data-types.js';
import type { KonanDriftProgress } from '../../react/drift/drift-progress.js';
import type { KonanFeatureDriftResult } from '../../react/drift/read-feature-drift.js';
import { Alert } from '../shared/alert.js';
import { Button } from '../shared/button.js';
import { EmptyState } from '../shared/empty-state.js';
import { ErrorAlert } from '../shared/error-alert.js';
import { type KonanFormatters, useFormatters } from '../shared/format.js';
import { Heading, type KonanHeadingLevel } from '../shared/heading.js';
import { labelCount } from '../shared/labels.js';
import { KonanRoot } from '../shared/root.js';
import { useLabels } from '../shared/use-labels.js';
import type { KonanHeadedViewProps } from '../shared/view-props.js';
import { TimeWindowPicker } from '../time-window-picker/time-window-picker.js';
import { DriftTable } from './drift-table.js';
import {
  defaultFeatureDriftPanelLabels,
  type FeatureDriftPanelLabels,
} from './feature-drift-panel-labels.js';

export interface FeatureDriftPanelProps extends KonanHeadedViewProps<FeatureDriftPanelLabels> {
  /** The last drift computed; kept on screen while a new one is read. */
  drift?: KonanFeatureDriftResult | undefined;
  /** Predictions are being read (or the drift computed). */
  pending?: boolean;
  /** How far the reading has got: shown as a progress bar while `pending`. */
  progress?: KonanDriftProgress | undefined;
  /** With it, a Cancel button while `pending`: stop reading and compute on what was read. */
  onCancel?: (() => void) | undefined;
  error?: unknown;
  onRetry?: () => void;
  signedOut?: boolean;
  /** The current window. With `onTimeWindowChange`, the panel shows a time-window picker. */
  timeWindow?: KonanTimeWindow | undefined;
  onTimeWindowChange?: ((timeWindow: KonanTimeWindow) => void) | undefined;
  /** The window the current one is compared with, to name it above the table. */
  referenceWindow?: KonanTimeWindow | undefined;
}

/**
 * Feature drift between two windows: a table of every feature and part of the output by its
 * population stability index, a stable / moderate / major badge each, and each row opening to its
 * current and reference histograms. Says when it was computed on part of the predictions.
 */
export function FeatureDriftPanel({
  drift,
  pending = false,
  progress,
  onCancel,
  error,
  onRetry,
  signedOut = false,
  timeWindow,
  onTimeWindowChange,
  referenceWindow,
  className,
  headingLevel = 2,
  labels,
}: FeatureDriftPanelProps) {
  const l = useLabels('featureDriftPanel', defaultFeatureDriftPanelLabels, labels);
  const format = useFormatters();
  const titleId = useId();
  const busy = !signedOut && pending;
  return (
    <KonanRoot
      className={className ? `konan-feature-drift-panel ${className}` : 'konan-feature-drift-panel'}
    >
      <section className="konan-panel" aria-labelledby={titleId} aria-busy={busy}>
        <Heading level={headingLevel} id={titleId} className="konan-panel-title">
          {l.title}
        </Heading>
        {signedOut ? (
          <EmptyState title={l.signedOutTitle} />
        ) : (
          <>
            {timeWindow && onTimeWindowChange ? (
              <TimeWindowPicker
                timeWindow={timeWindow}
                onTimeWindowChange={onTimeWindowChange}
                labels={l.timeWindowPicker}
              />
            ) : null}
            {timeWindow && referenceWindow ? (
              <p className="konan-feature-drift-panel-windows">
                {l.windows(range(timeWindow, format), range(referenceWindow, format))}
              </p>
            ) : null}
            {busy ? (
              <ReadingProgress
                progress={progress}
                onCancel={onCancel}
                refreshing={Boolean(drift)}
                labels={l}
              />
            ) : null}
            {error ? (
              <ErrorAlert
                title={l.errorTitle}
                error={error}
                onRetry={onRetry}
                retryLabel={l.retry}
                retryDisabled={pending}
              />
            ) : null}
            {drift ? (
              <DriftBody drift={drift} onRetry={onRetry} headingLevel={headingLevel} labels={l} />
            ) : null}
          </>
        )}
      </section>
    </KonanRoot>
  );
}

function range(window: KonanTimeWindow, format: KonanFormatters): string {
  return `${format.dateTime(window.start)} – ${format.dateTime(window.end)}`;
}

function ReadingProgress({
  progress,
  onCancel,
  refreshing,
  labels: l,
}: {
  progress: KonanDriftProgress | undefined;
  onCancel: (() => void) | undefined;
  refreshing: boolean;
  labels: FeatureDriftPanelLabels;
}) {
  const format = useFormatters();
  const read = progress?.read ?? 0;
  const total = progress?.total ?? null;
  return (
    <div className="konan-feature-drift-panel-progress">
      <div role="status" className="konan-feature-drift-panel-progress-text">
        <p>{refreshing ? l.refreshing : l.loading}</p>
        <p>
          {l.progress(
            labelCount(read, format.number),
            total === null ? null : labelCount(total, format.number),
          )}
        </p>
      </div>
      <progress
        aria-label={l.progressLabel}
        max={total ?? undefined}
        value={total === null ? undefined : Math.min(read, total)}
      />
      {onCancel ? <Button onClick={onCancel}>{l.cancel}</Button> : null}
    </div>
  );
}

function DriftBody({
  drift,
  onRetry,
  headingLevel,
  labels: l,
}: {
  drift: KonanFeatureDriftResult;
  onRetry: (() => void) | undefined;
  headingLevel: KonanHeadingLevel;
  labels: FeatureDriftPanelLabels;
}) {
  const format = useFormatters();
  const count = (value: number) => labelCount(value, format.number);
  const { current, reference, features, stoppedShort } = drift;
  const read = current.read + reference.read;
  if (stoppedShort === 'cancelled' && read === 0) {
    return (
      <div role="status">
        <EmptyState title={l.cancelledNothingTitle}>
          {onRetry ? <Button onClick={onRetry}>{l.readAgain}</Button> : null}
        </EmptyState>
      </div>
    );
  }
  if (current.read === 0 || reference.read === 0 || features.length === 0) {
    return (
      <div role="status">
        <EmptyState title={l.emptyTitle}>
          {current.read === 0 ? <p>{l.noCurrent}</p> : null}
          {reference.read === 0 ? <p>{l.noReference}</p> : null}
          <p className="konan-feature-drift-panel-hint">{l.emptyHint}</p>
        </EmptyState>
      </div>
    );
  }
  const major = features.filter((f) => f.level === 'major').length;
  const moderate = features.filter((f) => f.level === 'moderate').length;
  return (
    <div className="konan-feature-drift-panel-body">
      {stoppedShort === 'limit' ? (
        <Alert tone="warning" title={l.limitTitle} live={false}>
          {current.read < current.available ? (
            <p>{l.limitCurrent(count(current.read), count(current.available))}</p>
          ) : null}
          {reference.read < reference.available ? (
            <p>{l.limitReference(count(reference.read), count(reference.available))}</p>
          ) : null}
        </Alert>
      ) : null}
      {stoppedShort === 'cancelled' ? (
        <Alert tone="warning" title={l.cancelledTitle} live={false}>
          <p>{l.cancelledHint(count(read))}</p>
          {onRetry ? <Button onClick={onRetry}>{l.readAgain}</Button> : null}
        </Alert>
      ) : null}
      <p className="konan-feature-drift-panel-summary">
        {l.summary(count(features.length), count(major), count(moderate))}
      </p>
      <p className="konan-feature-drift-panel-hint">{l.thresholdsHint}</p>
      <DriftTable features={features} headingLevel={headingLevel} labels={l} />
    </div>
  );
}
