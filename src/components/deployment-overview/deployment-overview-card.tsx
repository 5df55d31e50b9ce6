import { useId } from 'react';
import { Badge } from '../shared/badge.js';
import { useChartFormat } from '../shared/chart/chart-format.js';
import { Sparkline } from '../shared/chart/sparkline.js';
import { Heading, type KonanHeadingLevel } from '../shared/heading.js';
import { labelCount } from '../shared/labels.js';
import type { DeploymentOverviewLabels } from './deployment-overview-labels.js';
import type { DeploymentOverviewItem } from './overview-item.js';
import { type KonanOverviewMetric, metricTrend } from './overview-metric.js';

export interface DeploymentOverviewCardProps {
  item: DeploymentOverviewItem;
  labels: DeploymentOverviewLabels;
  headingLevel: KonanHeadingLevel;
  onSelectDeployment?: ((deploymentUuid: string) => void) | undefined;
}

const ARROWS = { up: '↑', down: '↓', flat: '→' } as const;

/** One deployment: a card whose name is its one button; the rest of the card is its description. */
export function DeploymentOverviewCard({
  item,
  labels: l,
  headingLevel,
  onSelectDeployment,
}: DeploymentOverviewCardProps) {
  const format = useChartFormat();
  const statusId = useId();
  const name = item.name.trim() || l.unnamed;
  const notServing = item.liveModel === null;
  const metricText = (metric: KonanOverviewMetric, value: number) =>
    metric.name === 'f1_score' ? format.percent(value) : format.number(value);
  return (
    <li className="konan-overview-card" data-serving={notServing ? 'no' : undefined}>
      <Heading level={headingLevel} className="konan-overview-name">
        <button
          type="button"
          className="konan-overview-open"
          aria-label={l.open(name)}
          aria-describedby={statusId}
          onClick={() => onSelectDeployment?.(item.uuid)}
        >
          {name}
        </button>
      </Heading>
      <div id={statusId} className="konan-overview-model">
        {item.liveModel === undefined ? (
          <span className="konan-overview-muted">{l.modelLoading}</span>
        ) : item.liveModel === null ? (
          <>
            <Badge tone="danger">
              <span aria-hidden="true">⚠ </span>
              {l.notServing}
            </Badge>{' '}
            <span className="konan-overview-muted">{l.notServingHint}</span>
          </>
        ) : (
          <span>{l.liveModel(item.liveModel)}</span>
        )}
      </div>
      <dl className="konan-overview-facts">
        <div className="konan-overview-fact" data-fact="volume">
          <dt>{l.volumeTitle}</dt>
          <dd>
            {item.total !== undefined && item.hourly ? (
              <>
                <span className="konan-overview-value">
                  {l.volumeTotal(labelCount(item.total, format.number))}
                </span>
                <Sparkline
                  className="konan-overview-sparkline"
                  values={item.hourly}
                  label={l.volumeSparkline(labelCount(item.total, format.number))}
                />
              </>
            ) : item.volumeError ? (
              <span className="konan-overview-muted">{l.volumeErrorTitle}</span>
            ) : (
              <span className="konan-overview-muted">{l.volumeLoading}</span>
            )}
          </dd>
        </div>
        <div className="konan-overview-fact" data-fact="coverage">
          <dt>{l.coverageTitle}</dt>
          <dd>
            {item.coverage ? (
              <span className="konan-overview-value">
                {l.coverageValue(format.percent(item.coverage.value), item.coverage.exact)}
              </span>
            ) : item.coverage === null ? (
              <span className="konan-overview-muted">{l.coverageNone}</span>
            ) : item.volumeError ? (
              <span className="konan-overview-muted">{l.unavailable}</span>
            ) : (
              <span className="konan-overview-muted">{l.volumeLoading}</span>
            )}
          </dd>
        </div>
        <div className="konan-overview-fact" data-fact="metric">
          <dt>{l.metricTitle}</dt>
          <dd>
            {item.metric ? (
              <MetricValue
                metric={item.metric}
                labels={l}
                text={(value) => metricText(item.metric as KonanOverviewMetric, value)}
              />
            ) : item.metric === null ? (
              <span className="konan-overview-muted">{l.metricNone}</span>
            ) : item.metricError ? (
              <span className="konan-overview-muted">{l.metricErrorTitle}</span>
            ) : (
              <span className="konan-overview-muted">{l.metricLoading}</span>
            )}
          </dd>
        </div>
      </dl>
    </li>
  );
}

function MetricValue({
  metric,
  labels: l,
  text,
}: {
  metric: KonanOverviewMetric;
  labels: DeploymentOverviewLabels;
  text: (value: number) => string;
}) {
  const trend = metricTrend(metric);
  return (
    <span className="konan-overview-value">
      {l.metricNames[metric.name]} {text(metric.value)}
      {trend && metric.previous !== null ? (
        <span
          className="konan-overview-trend"
          data-better={trend.better === null ? undefined : String(trend.better)}
        >
          {' '}
          <span aria-hidden="true">{ARROWS[trend.direction]}</span>
          <span className="konan-visually-hidden">
            {l.metricTrend(trend, text(metric.previous))}
          </span>
        </span>
      ) : null}
    </span>
  );
}
