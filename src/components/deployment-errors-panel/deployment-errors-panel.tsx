import { useMemo } from 'react';
import type { KonanDeploymentError } from '../../client/data-types.js';
import { ContainerLogViewer } from '../container-log-viewer/container-log-viewer.js';
import { Alert } from '../shared/alert.js';
import { Badge } from '../shared/badge.js';
import { classNames } from '../shared/class-names.js';
import { useFormatters } from '../shared/format.js';
import { Heading } from '../shared/heading.js';
import { labelCount } from '../shared/labels.js';
import { KonanRoot } from '../shared/root.js';
import { useLabels } from '../shared/use-labels.js';
import type { KonanHeadedViewProps } from '../shared/view-props.js';
import {
  type DeploymentErrorCopy,
  type DeploymentErrorsPanelLabels,
  defaultDeploymentErrorsPanelLabels,
} from './deployment-errors-panel-labels.js';
import { groupDeploymentErrors } from './group-errors.js';

export interface DeploymentErrorsPanelProps
  extends KonanHeadedViewProps<DeploymentErrorsPanelLabels> {
  /** The `errors` of a deployment attempt; empty when the deployment is healthy. */
  errors: readonly KonanDeploymentError[];
  /** The container's output during the attempt (plain text, may hold ANSI colours). */
  containerLogs: string;
  /** Height of the log viewer. Defaults to 320px. */
  logHeight?: number | string;
}

function copyFor(type: string, labels: DeploymentErrorsPanelLabels): DeploymentErrorCopy {
  if (type === 'image') return labels.image;
  if (type === 'exposed_port') return labels.exposedPort;
  if (type === 'health_endpoint') return labels.healthEndpoint;
  return labels.unknown(type);
}

/**
 * What went wrong in a deployment attempt: its errors grouped by type, each with a plain
 * explanation and how to fix it, and the container's logs below. With no errors it says the
 * deployment is healthy.
 */
export function DeploymentErrorsPanel({
  errors,
  containerLogs,
  labels: overrides,
  headingLevel = 2,
  logHeight = 320,
  className,
}: DeploymentErrorsPanelProps) {
  const labels = useLabels('deploymentErrorsPanel', defaultDeploymentErrorsPanelLabels, overrides);
  const format = useFormatters();
  const groups = useMemo(() => groupDeploymentErrors(errors ?? []), [errors]);
  const logs = typeof containerLogs === 'string' ? containerLogs : '';
  const healthy = groups.length === 0;

  return (
    <KonanRoot
      className={classNames('konan-deployment-errors-panel', className)}
      data-healthy={healthy || undefined}
    >
      {healthy ? (
        <Alert tone="success" title={labels.healthyTitle}>
          <p className="konan-deployment-errors-panel-text">{labels.healthyText}</p>
        </Alert>
      ) : (
        <>
          <Alert tone="danger" title={labels.failedTitle(labelCount(groups.length, format.number))}>
            <p className="konan-deployment-errors-panel-text">{labels.failedIntro}</p>
          </Alert>
          <ul className="konan-deployment-errors-panel-groups">
            {groups.map((group) => {
              const copy = copyFor(group.type, labels);
              return (
                <li
                  key={group.type}
                  className="konan-stack konan-deployment-errors-panel-group"
                  data-type={group.type}
                >
                  <div className="konan-list-header">
                    <Heading level={headingLevel} className="konan-deployment-errors-panel-title">
                      {copy.title}
                    </Heading>
                    <Badge tone="danger">{group.type}</Badge>
                  </div>
                  <p className="konan-deployment-errors-panel-text">{copy.explanation}</p>
                  {group.messages.length > 0 ? (
                    <ul
                      className="konan-deployment-errors-panel-messages"
                      aria-label={labels.messagesLabel}
                    >
                      {group.messages.map((message) => (
                        <li key={message}>{message}</li>
                      ))}
                    </ul>
                  ) : null}
                  <p className="konan-deployment-errors-panel-hint">
                    <strong>{labels.fixLabel}</strong> {copy.hint}
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {!healthy || logs !== '' ? (
        <div className="konan-stack">
          <Heading level={headingLevel} className="konan-deployment-errors-panel-title">
            {labels.logsTitle}
          </Heading>
          <ContainerLogViewer logs={logs} labels={labels.containerLogViewer} height={logHeight} />
        </div>
      ) : null}
    </KonanRoot>
  );
}
