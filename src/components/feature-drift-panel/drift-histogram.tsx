import type { KonanDriftBin, KonanDriftWindow } from '../../react/drift/drift-types.js';
import { ChartFigure } from '../shared/chart/chart-figure.js';
import { useChartFormat } from '../shared/chart/chart-format.js';
import { chartLayout } from '../shared/chart/chart-layout.js';
import { ChartPlot } from '../shared/chart/chart-plot.js';
import { bandIndexAt, bucketBands, valueScale } from '../shared/chart/chart-scales.js';
import { ChartTable } from '../shared/chart/chart-table.js';
import { usePlotBox } from '../shared/chart/use-plot-box.js';
import type { KonanHeadingLevel } from '../shared/heading.js';
import { labelCount } from '../shared/labels.js';
import { share } from './drift-format.js';
import type { FeatureDriftPanelLabels } from './feature-drift-panel-labels.js';

const HEIGHT = 180;
/** Narrowest room for a bin's label under its bar; closer bins label every other one, etc. */
const LABEL_WIDTH = 56;

export interface DriftHistogramProps {
  feature: string;
  window: KonanDriftWindow;
  bins: readonly KonanDriftBin[];
  /** Labels of the bins, in order. */
  binLabels: readonly string[];
  /** Short labels under the bars. */
  tickLabels: readonly string[];
  total: number;
  /** The highest share of either window, so both histograms share one scale. */
  maxShare: number;
  headingLevel: KonanHeadingLevel;
  labels: FeatureDriftPanelLabels;
}

/** One window's histogram of a feature: a bar per bin, its share of the window's predictions. */
export function DriftHistogram({
  feature,
  window,
  bins,
  binLabels,
  tickLabels,
  total,
  maxShare,
  headingLevel,
  labels: l,
}: DriftHistogramProps) {
  const format = useChartFormat();
  const { ref, width, side } = usePlotBox(320);
  const layout = chartLayout(width, HEIGHT, { side, axisWidth: 40, axisHeight: 28 });
  const bands = bucketBands(
    bins.map((_, i) => i),
    layout.innerWidth,
    0.15,
  );
  const y = valueScale(maxShare, layout.innerHeight);
  const windowName = window === 'current' ? l.currentWindow : l.referenceWindow;
  const shares = bins.map((bin) => share(bin[window], total));
  const largest = shares.reduce((best, value, i) => (value > (shares[best] ?? 0) ? i : best), 0);
  const every = Math.max(1, Math.ceil(LABEL_WIDTH / Math.max(1, bands.step())));
  const tooltip = (i: number) =>
    l.binTooltip(
      binLabels[i] ?? '',
      format.percent(shares[i] ?? 0),
      labelCount(bins[i]?.[window] ?? 0, format.number),
    );
  const chart = (
    <ChartPlot
      label={l.histogramPlot(windowName)}
      width={layout.width}
      height={layout.height}
      count={bins.length}
      indexAt={(x) => bandIndexAt(bands, x - layout.margins.left)}
      anchor={(i) => ({
        x: layout.margins.left + (bands(i) ?? 0) + bands.bandwidth() / 2,
        y: layout.margins.top + y(shares[i] ?? 0),
      })}
      tooltip={tooltip}
    >
      {(active) => (
        <g transform={`translate(${layout.margins.left}, ${layout.margins.top})`}>
          <g className="konan-chart-axis">
            {y.ticks(4).map((tick) => (
              <g key={tick} transform={`translate(0, ${y(tick)})`}>
                <line className="konan-chart-grid" x1={0} x2={layout.innerWidth} />
                <text
                  className="konan-chart-tick-label"
                  x={side === 'left' ? -6 : layout.innerWidth + 6}
                  dy="0.32em"
                  textAnchor={side === 'left' ? 'end' : 'start'}
                >
                  {format.percent(tick)}
                </text>
              </g>
            ))}
          </g>
          {bins.map((bin, i) => {
            const top = y(shares[i] ?? 0);
            return (
              <rect
                // biome-ignore lint/suspicious/noArrayIndexKey: bins have no identity but their place.
                key={i}
                className="konan-chart-bar konan-drift-bar"
                data-window={window}
                data-kind={bin.kind}
                data-active={active === i ? '' : undefined}
                x={bands(i)}
                y={top}
                width={bands.bandwidth()}
                height={Math.max(0, layout.innerHeight - top)}
              />
            );
          })}
          <g className="konan-chart-axis" transform={`translate(0, ${layout.innerHeight})`}>
            {bins.map((_, i) =>
              i % every === 0 ? (
                <text
                  // biome-ignore lint/suspicious/noArrayIndexKey: one label per bin, by place.
                  key={i}
                  className="konan-chart-tick-label"
                  x={(bands(i) ?? 0) + bands.bandwidth() / 2}
                  y={16}
                  textAnchor="middle"
                >
                  {tickLabels[i]}
                </text>
              ) : null,
            )}
          </g>
        </g>
      )}
    </ChartPlot>
  );
  const rows = bins.map((bin, i) => ({ i, bin }));
  const table = (
    <ChartTable
      caption={l.histogramTitle(feature, windowName)}
      rowKey={(row) => String(row.i)}
      rows={rows}
      columns={[
        { key: 'bin', header: l.columnBin, cell: (row) => binLabels[row.i] },
        {
          key: 'count',
          header: l.columnCount,
          numeric: true,
          cell: (row) => format.number(row.bin[window]),
        },
        {
          key: 'share',
          header: l.columnShare,
          numeric: true,
          cell: (row) => format.percent(shares[row.i] ?? 0),
        },
      ]}
    />
  );
  return (
    <div ref={ref} className="konan-drift-histogram">
      <div>
        <ChartFigure
          title={l.histogramTitle(feature, windowName)}
          headingLevel={headingLevel}
          summary={l.histogramSummary(
            windowName,
            binLabels[largest] ?? '',
            format.percent(shares[largest] ?? 0),
            labelCount(total, format.number),
          )}
          labels={l}
          framed={false}
          empty={total === 0 ? (window === 'current' ? l.noCurrent : l.noReference) : undefined}
          chart={chart}
          table={table}
        />
      </div>
    </div>
  );
}
