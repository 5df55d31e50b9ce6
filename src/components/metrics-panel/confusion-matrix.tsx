import { type CSSProperties, useId, useRef } from 'react';
import type { KonanConfusionMatrix } from '../../client/data-types.js';
import { useFormatters } from '../shared/format.js';
import { labelCount } from '../shared/labels.js';
import { heatBackground, heatLevel } from './heatmap.js';
import { matrixView } from './metrics.js';
import type { MetricsPanelLabels } from './metrics-panel-labels.js';
import { useHorizontalOverflow } from './use-horizontal-overflow.js';

export interface ConfusionMatrixProps {
  name: string;
  value: KonanConfusionMatrix;
  labels: MetricsPanelLabels;
}

/**
 * A confusion matrix as a real table: every count is text with its "Actual" row header and
 * "Predicted" column header; the background colour only reinforces it.
 */
export function ConfusionMatrix({ name, value, labels: l }: ConfusionMatrixProps) {
  const format = useFormatters();
  const view = matrixView(value, (index) => l.classFallback(labelCount(index, format.number)));
  const captionId = useId();
  const hintId = useId();
  const scrollRef = useRef<HTMLElement>(null);
  const overflowing = useHorizontalOverflow(scrollRef);
  return (
    <figure className="konan-metrics-panel-matrix">
      {/* Outside the scroller, so the title wraps to the panel's width instead of the table's. */}
      <p id={captionId} className="konan-metrics-panel-matrix-caption">
        {l.matrixCaption(name)}
      </p>
      {/* Scrolls sideways on narrow screens; focusable so keyboard users can scroll it too. */}
      <section
        ref={scrollRef}
        className="konan-metrics-panel-matrix-scroll"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
        tabIndex={0}
        aria-labelledby={captionId}
        aria-describedby={overflowing ? hintId : undefined}
        data-overflowing={overflowing ? '' : undefined}
      >
        <table className="konan-table konan-metrics-panel-matrix-table" aria-labelledby={captionId}>
          <thead>
            <tr>
              <th scope="col" className="konan-metrics-panel-matrix-corner">
                {l.corner}
              </th>
              {view.columnLabels.map((label, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions of the matrix.
                <th key={j} scope="col" className="konan-num">
                  {l.predicted(label)}
                </th>
              ))}
              <th scope="col" className="konan-num">
                {l.total}
              </th>
            </tr>
          </thead>
          <tbody>
            {view.cells.map((row, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions of the matrix.
              <tr key={i}>
                <th scope="row">{l.actual(view.rowLabels[i] ?? '')}</th>
                {row.map((cell, j) => (
                  <td
                    // biome-ignore lint/suspicious/noArrayIndexKey: cells are positions of the matrix.
                    key={j}
                    className="konan-num konan-metrics-panel-cell"
                    data-diagonal={i === j ? '' : undefined}
                    style={
                      {
                        '--konan-metrics-panel-heat': heatBackground(heatLevel(cell, view.max)),
                      } as CSSProperties
                    }
                  >
                    {cell === null ? '—' : format.number(cell)}
                  </td>
                ))}
                <td className="konan-num konan-metrics-panel-total">
                  {format.number(view.rowTotals[i] ?? 0)}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{l.total}</th>
              {view.columnTotals.map((total, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions of the matrix.
                <td key={j} className="konan-num konan-metrics-panel-total">
                  {format.number(total)}
                </td>
              ))}
              <td className="konan-num konan-metrics-panel-total">{format.number(view.total)}</td>
            </tr>
          </tfoot>
        </table>
      </section>
      {overflowing ? (
        <p id={hintId} className="konan-metrics-panel-matrix-hint konan-muted">
          {l.matrixScrollHint} <span aria-hidden="true">⇆</span>
        </p>
      ) : null}
      <figcaption className="konan-metrics-panel-matrix-notes konan-muted">
        {view.correct !== undefined && view.total > 0 ? (
          <span>
            {l.matrixSummary(
              labelCount(view.correct, format.number),
              labelCount(view.total, format.number),
              format.percent(view.correct / view.total),
            )}{' '}
          </span>
        ) : null}
        <span>{l.heatLegend}</span>
      </figcaption>
    </figure>
  );
}
