import { useMemo } from 'react';
import { ChartFigure } from '../shared/chart/chart-figure.js';
import { useChartFormat } from '../shared/chart/chart-format.js';
import { chartLayout } from '../shared/chart/chart-layout.js';
import { ChartPlot } from '../shared/chart/chart-plot.js';
import { linearScale, valueScale } from '../shared/chart/chart-scales.js';
import { ChartTable } from '../shared/chart/chart-table.js';
import { usePlotBox } from '../shared/chart/use-plot-box.js';
import { ValueAxis } from '../shared/chart/value-axis.js';
import type { KonanHeadingLevel } from '../shared/heading.js';
import { isolateBidi } from '../shared/isolate-bidi.js';
import { labelCount } from '../shared/labels.js';
import type { KonanPanelProps } from '../shared/panel-props.js';
import type { MetricsPanelLabels } from './metrics-panel-labels.js';
import {
  type KonanResidualSample,
  type ResidualBin,
  residualHistogram,
  residualSummary,
} from './residuals.js';

export interface ResidualHistogramProps
  extends Pick<KonanPanelProps<never>, 'pending' | 'error' | 'onRetry'> {
  sample?: KonanResidualSample | undefined;
  headingLevel: KonanHeadingLevel;
  labels: MetricsPanelLabels;
  /** Plot height in pixels (default 180). */
  height?: number | undefined;
}

/**
 * A regressor's errors (target − output) as a histogram with zero marked, a summary sentence
 * (median error, the bound most errors stay within) and the same counts as a table.
 */
export function ResidualHistogram({
  sample,
  pending = false,
  error,
  onRetry,
  headingLevel,
  labels: l,
  height = 180,
}: ResidualHistogramProps) {
  const format = useChartFormat();
  const residuals = sample?.residuals;
  const bins = useMemo(() => residualHistogram(residuals ?? []), [residuals]);
  const stats = useMemo(() => residualSummary(residuals ?? []), [residuals]);
  const value = (n: number) => isolateBidi(format.number(n));
  const range = (bin: ResidualBin) =>
    bin.from === bin.to ? value(bin.from) : `${value(bin.from)} – ${value(bin.to)}`;
  const tooltip = (i: number) => {
    const bin = bins[i];
    return bin
      ? l.residualsBin(value(bin.from), value(bin.to), labelCount(bin.count, format.number))
      : null;
  };
  return (
    <ChartFigure
      framed={false}
      className="konan-residual-histogram"
      title={l.residualsTitle}
      headingLevel={headingLevel}
      labels={{ ...l, loading: l.residualsLoading }}
      summary={
        stats && sample
          ? l.residualsSummary(
              labelCount(sample.residuals.length, format.number),
              value(stats.median),
              value(stats.within),
              format.percent(stats.share),
            )
          : undefined
      }
      pending={pending && !sample}
      error={sample ? undefined : error}
      errorTitle={l.residualsErrorTitle}
      onRetry={onRetry}
      empty={sample && bins.length === 0 ? l.residualsEmptyTitle : undefined}
      emptyDetail={<p className="konan-panel-hint">{l.residualsEmptyHint}</p>}
      notice={
        sample && sample.read < sample.total
          ? l.residualsPartial(
              labelCount(sample.read, format.number),
              labelCount(sample.total, format.number),
            )
          : undefined
      }
      chart={<ResidualPlot bins={bins} height={height} labels={l} tooltip={tooltip} />}
      table={
        <ChartTable
          caption={l.residualsTitle}
          rows={bins}
          rowKey={(bin) => String(bin.from)}
          columns={[
            { key: 'range', header: l.residualsColumnRange, numeric: true, cell: range },
            {
              key: 'count',
              header: l.residualsColumnCount,
              numeric: true,
              cell: (bin) => format.number(bin.count),
            },
          ]}
        />
      }
    />
  );
}

/** The bars on a value axis running left to right (numbers read that way in every language). */
function ResidualPlot({
  bins,
  height,
  labels: l,
  tooltip,
}: {
  bins: readonly ResidualBin[];
  height: number;
  labels: MetricsPanelLabels;
  tooltip: (index: number) => string | null;
}) {
  const format = useChartFormat();
  const box = usePlotBox(320);
  const { side } = box;
  const layout = chartLayout(box.width, height, { side, axisWidth: 40, top: 18 });
  const first = bins[0];
  const last = bins[bins.length - 1];
  const from = first?.from ?? 0;
  const to = last?.to ?? 0;
  // One bin of equal values has no width: give it room on both sides.
  const pad = to > from ? 0 : Math.max(1, Math.abs(from) * 0.1);
  const x = linearScale([from - pad, to + pad], [0, layout.innerWidth]);
  const y = valueScale(Math.max(0, ...bins.map((b) => b.count)), layout.innerHeight);
  const extent = (bin: ResidualBin) => {
    const left = bin.to > bin.from ? x(bin.from) : x(bin.from) - layout.innerWidth * 0.1;
    const right = bin.to > bin.from ? x(bin.to) : x(bin.to) + layout.innerWidth * 0.1;
    return { left: left + 0.5, width: Math.max(1, right - left - 1) };
  };
  const zero = from - pad <= 0 && 0 <= to + pad ? x(0) : null;
  return (
    <div ref={box.ref} className="konan-residual-plot">
      <ChartPlot
        label={l.residualsPlot}
        width={layout.width}
        height={layout.height}
        count={bins.length}
        indexAt={(px) => {
          const at = x.invert(px - layout.margins.left);
          const index = bins.findIndex((bin) => at < bin.to);
          return bins.length === 0 ? null : index === -1 ? bins.length - 1 : index;
        }}
        anchor={(i) => {
          const bin = bins[i];
          const bar = bin ? extent(bin) : { left: 0, width: 0 };
          return {
            x: layout.margins.left + bar.left + bar.width / 2,
            y: layout.margins.top + y(bin?.count ?? 0),
          };
        }}
        tooltip={tooltip}
      >
        {(active) => (
          <g transform={`translate(${layout.margins.left}, ${layout.margins.top})`}>
            <ValueAxis scale={y} format={format.compact} side={side} width={layout.innerWidth} />
            {bins.map((bin, i) => {
              const bar = extent(bin);
              const top = y(bin.count);
              return (
                <rect
                  key={bin.from}
                  className="konan-chart-bar"
                  data-active={active === i ? '' : undefined}
                  x={bar.left}
                  y={top}
                  width={bar.width}
                  height={Math.max(0, layout.innerHeight - top)}
                />
              );
            })}
            {zero !== null ? (
              <g className="konan-residual-zero">
                <line x1={zero} x2={zero} y1={0} y2={layout.innerHeight} />
                <text x={zero} y={-2} textAnchor="middle" className="konan-chart-tick-label">
                  {l.residualsZero}
                </text>
              </g>
            ) : null}
            <g className="konan-chart-axis" transform={`translate(0, ${layout.innerHeight})`}>
              <line className="konan-chart-axis-line" x1={0} x2={layout.innerWidth} />
              {x.ticks(5).map((tick) => (
                <g key={tick} transform={`translate(${x(tick)}, 0)`}>
                  <line className="konan-chart-tick" y2={4} />
                  <text className="konan-chart-tick-label" y={16} textAnchor="middle">
                    {format.compact(tick)}
                  </text>
                </g>
              ))}
            </g>
          </g>
        )}
      </ChartPlot>
    </div>
  );
}
