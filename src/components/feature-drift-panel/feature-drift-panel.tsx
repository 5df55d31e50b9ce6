import type { ReactNode } from 'react';
import type { KonanTimeWindow } from '../../client/data-types.js';
import type { KonanDriftProgress } from '../../react/drift/drift-progress.js';
import type { KonanFeatureDriftResult } from '../../react/drift/read-feature-drift.js';
import { Alert } from '../shared/alert.js';
import { Button } from '../shared/button.js';
import { type KonanFormatters, useFormatters } from '../shared/format.js';
import type { KonanHeadingLevel } from '../shared/heading.js';
import { labelCount } from '../shared/labels.js';
import { PanelFrame } from '../shared/panel-frame.js';
import type { KonanWindowedPanelProps } from '../shared/panel-props.js';
import { PanelState } from '../shared/panel-state.js';
import { useLabels } from '../shared/use-labels.js';
import { DriftTable } from './drift-table.js';
import {
  defaultFeatureDriftPanelLabels,
  type FeatureDriftPanelLabels,
} from './feature-drift-panel-labels.js';

export interface FeatureDriftPanelProps extends KonanWindowedPanelProps<FeatureDriftPanelLabels> {
  /** The last drift computed; kept on screen while a new one is read. */
  drift?: KonanFeatureDriftResult | undefined;
  /** How far the reading has got: shown as a progress bar while `pending`. */
  progress?: KonanDriftProgress | undefined;
  /** With it, a Cancel button while `pending`: stop reading and compute on what was read. */
  onCancel?: (() => void) | undefined;
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
  progress,
  onCancel,
  referenceWindow,
  labels,
  ...panel
}: FeatureDriftPanelProps) {
  const l = useLabels('featureDriftPanel', defaultFeatureDriftPanelLabels, labels);
  const format = useFormatters();
  const { pending, onRetry, timeWindow, headingLevel = 2 } = panel;
  const empty = drift ? emptyDrift(drift, onRetry, l) : null;
  return (
    <PanelFrame {...panel} base="konan-feature-drift-panel" title={l.title} labels={l}>
      {timeWindow && referenceWindow ? (
        <p className="konan-feature-drift-panel-windows">
          {l.windows(range(timeWindow, format), range(referenceWindow, format))}
        </p>
      ) : null}
      {pending ? (
        <ReadingProgress
          progress={progress}
          onCancel={onCancel}
          refreshing={Boolean(drift)}
          labels={l}
        />
      ) : null}
      <PanelState
        {...panel}
        labels={l}
        loading={null}
        empty={empty?.title}
        emptyDetail={empty?.detail}
      >
        {drift && !empty ? (
          <DriftBody drift={drift} onRetry={onRetry} headingLevel={headingLevel} labels={l} />
        ) : null}
      </PanelState>
    </PanelFrame>
  );
}

/** What an empty drift says: nothing read before a cancel, or a window with nothing to compare. */
function emptyDrift(
  { current, reference, features, stoppedShort }: KonanFeatureDriftResult,
  onRetry: (() => void) | undefined,
  l: FeatureDriftPanelLabels,
): { title: string; detail: ReactNode } | null {
  if (stoppedShort === 'cancelled' && current.read + reference.read === 0) {
    return {
      title: l.cancelledNothingTitle,
      detail: onRetry ? <Button onClick={() => onRetry()}>{l.readAgain}</Button> : null,
    };
  }
  if (current.read > 0 && reference.read > 0 && features.length > 0) return null;
  return {
    title: l.emptyTitle,
    detail: (
      <>
        {current.read === 0 ? <p>{l.noCurrent}</p> : null}
        {reference.read === 0 ? <p>{l.noReference}</p> : null}
        <p className="konan-panel-hint">{l.emptyHint}</p>
      </>
    ),
  };
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
    <div className="konan-row konan-feature-drift-panel-progress">
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
      {onCancel ? <Button onClick={() => onCancel()}>{l.cancel}</Button> : null}
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
  const major = features.filter((f) => f.level === 'major').length;
  const moderate = features.filter((f) => f.level === 'moderate').length;
  return (
    <div className="konan-stack">
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
          {onRetry ? <Button onClick={() => onRetry()}>{l.readAgain}</Button> : null}
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
